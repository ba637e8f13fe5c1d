package org.techan.orders.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes visitors' carts nobody can reach any more, a chunk at a time. A visitor's cart is known
 * only by the token in its cookie, which lasts 30 days from the cart's last change; after that the
 * cart is dead weight, and every visitor who ever added something leaves one. Signed-in consumers'
 * carts stay. Safe on every replica at once.
 */
@Singleton
@Requires(property = "techan.carts.purge.enabled", notEquals = "false")
class VisitorCartPurge {

    static final int CHUNK = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(VisitorCartPurge.class);

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Duration keep;

    /** {@code keep} is the cookie's 30 days and one more, for clocks that disagree. */
    VisitorCartPurge(JdbcOperations jdbc, Clock clock, @Value("${techan.carts.keep-visitor:31d}") Duration keep) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keep = keep;
    }

    @Scheduled(fixedDelay = "${techan.carts.purge-interval:1h}", initialDelay = "${techan.carts.purge-interval:1h}")
    void purge() {
        try {
            int purged = 0;
            int chunk;
            do {
                chunk = deleteChunk();
                purged += chunk;
            } while (chunk == CHUNK);
            if (purged > 0) {
                LOG.info("Deleted {} visitors' carts untouched for {}", purged, keep);
            }
        } catch (RuntimeException e) {
            LOG.warn("Purging visitors' carts failed; it will try again", e);
        }
    }

    /** Deletes up to {@link #CHUNK} visitors' carts (their lines go with them); how many went. */
    @Transactional
    public int deleteChunk() {
        return Statements.update(
                jdbc,
                "DELETE FROM orders_cart WHERE token_hash IS NOT NULL AND updated_at < ? ORDER BY updated_at LIMIT "
                        + CHUNK,
                Timestamp.from(clock.instant().minus(keep)));
    }
}
