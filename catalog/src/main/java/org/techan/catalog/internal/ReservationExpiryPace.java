package org.techan.catalog.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.techan.platform.WatchedQueue;

/** How often held stock is looked at: woken by the queue watch as soon as a hold has run out. */
@Singleton
class ReservationExpiryPace extends WatchedQueue {

    ReservationExpiryPace(
            @Value("${techan.inventory.expiry-check:1s}") Duration fastest,
            @Value("${techan.inventory.idle-expiry-check:5m}") Duration slowest) {
        super(fastest, slowest);
    }

    @Override
    public String workDueQuery() {
        return "SELECT 1 FROM catalog_reservation WHERE status = 'HELD' AND expires_at <= CURRENT_TIMESTAMP(3) LIMIT 1";
    }
}
