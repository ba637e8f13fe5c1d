package org.techan.platform.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.OutboxTable;

/**
 * Claims a batch of pending events with SKIP LOCKED (so replicas share the work and never deliver
 * one event twice at the same time), delivers each, and records the outcome in the same transaction.
 * A failed event waits longer after each attempt; none is ever dropped.
 */
@Singleton
class OutboxBatches {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxBatches.class);
    static final int BATCH_SIZE = 100;

    private final JdbcOperations jdbc;
    private final OutboxDeliveries deliveries;
    private final Duration firstRetry;

    OutboxBatches(
            JdbcOperations jdbc,
            OutboxDeliveries deliveries,
            @Value("${techan.outbox.first-retry:5s}") Duration firstRetry) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.firstRetry = firstRetry;
    }

    /**
     * Delivers up to one batch from {@code table}; returns how many events it claimed. Read
     * committed, so the claim locks only the rows it takes: under repeatable read it also locked
     * the gap after the last pending event, where every new event is inserted, and a producer
     * inserting there while the relay marked its batch could deadlock with it.
     */
    @Transactional(isolation = io.micronaut.transaction.TransactionDefinition.Isolation.READ_COMMITTED)
    public int deliverNext(OutboxTable table) throws SQLException {
        List<OutboxRow> rows = claim(table);
        List<Long> delivered = new ArrayList<>();
        for (OutboxRow row : rows) {
            try {
                if (deliveries.anyListens(row)) {
                    deliveries.deliver(row);
                }
                delivered.add(row.id());
            } catch (Exception e) {
                long pause = firstRetry.toSeconds() << Math.min(row.attempts(), 8);
                LOG.warn(
                        "Event {} ({}) from {} failed on attempt {}; retrying in {} s",
                        row.eventId(),
                        row.eventType(),
                        table.name(),
                        row.attempts() + 1,
                        pause,
                        e);
                markFailed(table, row, e, pause);
            }
        }
        markPublished(table, delivered);
        return rows.size();
    }

    private List<OutboxRow> claim(OutboxTable table) throws SQLException {
        String sql = "SELECT id, event_id, event_type, payload, attempts FROM " + table.name()
                + " WHERE published_at IS NULL AND next_attempt_at <= CURRENT_TIMESTAMP"
                + " ORDER BY id LIMIT " + BATCH_SIZE + " FOR UPDATE SKIP LOCKED";
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement query = jdbc.getConnection().prepareStatement(sql);
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                rows.add(new OutboxRow(
                        result.getLong(1),
                        result.getString(2),
                        result.getString(3),
                        result.getString(4),
                        result.getInt(5)));
            }
        }
        return rows;
    }

    /** All the batch's delivered rows in one statement. */
    private void markPublished(OutboxTable table, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = jdbc.getConnection()
                .prepareStatement("UPDATE " + table.name()
                        + " SET published_at = CURRENT_TIMESTAMP, attempts = attempts + 1, last_error = NULL"
                        + " WHERE id IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
                        + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                update.setLong(i + 1, ids.get(i));
            }
            update.executeUpdate();
        }
    }

    private void markFailed(OutboxTable table, OutboxRow row, Exception error, long pauseSeconds) throws SQLException {
        try (PreparedStatement update = jdbc.getConnection()
                .prepareStatement("UPDATE " + table.name()
                        + " SET attempts = attempts + 1, last_error = ?,"
                        + " next_attempt_at = TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP) WHERE id = ?")) {
            String message = String.valueOf(error);
            update.setString(1, message.length() > 500 ? message.substring(0, 500) : message);
            update.setLong(2, pauseSeconds);
            update.setLong(3, row.id());
            update.executeUpdate();
        }
    }
}
