package org.techan.orders.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the no-show policy to orders left uncollected past their collect-by time, on every replica. */
@Singleton
@Requires(property = "techan.pickup.no-show.enabled", notEquals = "false")
class NoShowJob {

    private static final Logger LOG = LoggerFactory.getLogger(NoShowJob.class);

    private final NoShows noShows;

    NoShowJob(NoShows noShows) {
        this.noShows = noShows;
    }

    @Scheduled(fixedDelay = "${techan.pickup.no-show-check:1m}", initialDelay = "${techan.pickup.no-show-check:1m}")
    void apply() {
        try {
            while (noShows.closeOverdue() == NoShows.BATCH) {
                // A full batch: more may be overdue.
            }
        } catch (RuntimeException e) {
            LOG.error("Applying the no-show policy failed; will try again", e);
        }
    }
}
