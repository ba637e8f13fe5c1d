package org.techan.catalog.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.IdleBackoff;

/** Puts stock held for unpaid orders back on sale once its time is up; safe on every replica at once. */
@Singleton
@Requires(property = "techan.inventory.expiry.enabled", notEquals = "false")
class ReservationExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(ReservationExpiry.class);
    private static final int BATCH = 100;

    private final Inventory inventory;
    private final IdleBackoff pace;

    ReservationExpiry(Inventory inventory, ReservationExpiryPace pace) {
        this.inventory = inventory;
        this.pace = pace.pace();
    }

    @Scheduled(fixedDelay = "${techan.inventory.expiry-check:1s}", initialDelay = "${techan.inventory.expiry-check:1s}")
    void expire() {
        pace.lookIfDue(this::expireAll);
    }

    private boolean expireAll() {
        try {
            List<String> expired;
            boolean any = false;
            do {
                expired = inventory.expireDue(BATCH);
                if (!expired.isEmpty()) {
                    any = true;
                    LOG.info("Stock held for {} unpaid orders went back on sale", expired.size());
                }
            } while (expired.size() == BATCH);
            return any;
        } catch (RuntimeException e) {
            LOG.error("Expiring reservations failed; will try again", e);
            return true;
        }
    }
}
