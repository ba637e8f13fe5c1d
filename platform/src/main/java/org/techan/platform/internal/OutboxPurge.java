package org.techan.platform.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.OutboxTable;

/**
 * Deletes events delivered long ago, a chunk at a time: a flash sale writes one per checkout, and
 * the tables would otherwise grow for ever. Subscribers keep their own record of what they handled,
 * so nothing depends on a delivered row. Safe on every replica at once.
 */
@Singleton
@Requires(property = "techan.outbox.relay.enabled", notEquals = "false")
class OutboxPurge {

    static final int CHUNK = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPurge.class);

    private final List<OutboxTable> tables;
    private final JdbcOperations jdbc;
    private final Duration keep;

    OutboxPurge(
            List<OutboxTable> tables, JdbcOperations jdbc, @Value("${techan.outbox.keep-published:7d}") Duration keep) {
        this.tables = tables;
        this.jdbc = jdbc;
        this.keep = keep;
    }

    @Scheduled(fixedDelay = "${techan.outbox.purge-interval:10m}", initialDelay = "${techan.outbox.purge-interval:10m}")
    void purge() {
        for (OutboxTable table : tables) {
            try {
                while (deleteChunk(table) == CHUNK) {
                    // A full chunk: more may be due.
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Purging delivered events from {} failed; it will try again", table.name(), e);
            }
        }
    }

    /** Deletes up to {@link #CHUNK} events delivered more than the kept time ago; how many went. */
    @Transactional
    public int deleteChunk(OutboxTable table) throws SQLException {
        try (PreparedStatement delete = jdbc.getConnection()
                .prepareStatement("DELETE FROM " + table.name()
                        + " WHERE published_at < TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP) ORDER BY published_at LIMIT "
                        + CHUNK)) {
            delete.setLong(1, -keep.toSeconds());
            return delete.executeUpdate();
        }
    }
}
