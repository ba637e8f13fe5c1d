package org.techan.catalog.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts stock held for unpaid orders back on sale once its time is up; safe on every replica at once. */
@Singleton
@Requires(property = "techan.inventory.expiry.enabled", notEquals = "false")
class ReservationExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(ReservationExpiry.class);
    private static final int BATCH = 100;

    private final Inventory inventory;

    ReservationExpiry(Inventory inventory) {
        this.inventory = inventory;
    }

    @Scheduled(
            fixedDelay = "${techan.inventory.expiry-check:10s}",
            initialDelay = "${techan.inventory.expiry-check:10s}")
    void expire() {
        try {
            List<String> expired;
            do {
                expired = inventory.expireDue(BATCH);
                if (!expired.isEmpty()) {
                    LOG.info("Stock held for {} unpaid orders went back on sale", expired.size());
                }
            } while (expired.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.error("Expiring reservations failed; will try again", e);
        }
    }
}
