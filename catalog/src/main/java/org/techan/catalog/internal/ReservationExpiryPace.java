package org.techan.catalog.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.techan.platform.WatchedQueue;

/**
 * How often held stock is looked at: woken by the queue watch as soon as a hold has run out, by the
 * app's clock as the expiry itself decides.
 */
@Singleton
class ReservationExpiryPace extends WatchedQueue {

    private final Clock clock;

    ReservationExpiryPace(
            Clock clock,
            @Value("${techan.inventory.expiry-check:1s}") Duration fastest,
            @Value("${techan.inventory.idle-expiry-check:5m}") Duration slowest) {
        super(fastest, slowest);
        this.clock = clock;
    }

    @Override
    public String workDueQuery() {
        return "SELECT 1 FROM catalog_reservation WHERE status = 'HELD' AND expires_at <= " + sqlTime(clock.instant())
                + " LIMIT 1";
    }
}
