package org.techan.search.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The table of products waiting to be indexed; every method runs in the caller's transaction. */
@Singleton
class IndexQueue {

    /** Longest wait between attempts while the engine keeps failing. */
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(60);

    /** Rows per INSERT when a pavilion or shop queues many products at once. */
    private static final int CHUNK = 1000;

    private final JdbcOperations jdbc;
    private final IndexingPace pace;

    IndexQueue(JdbcOperations jdbc, IndexingPace pace) {
        this.jdbc = jdbc;
        this.pace = pace;
    }

    record Entry(long productId, int attempts) {}

    record Lag(long waiting, Duration oldest) {}

    /** Queues products; one already waiting keeps its place and its age. */
    void add(Collection<Long> productIds) {
        add(productIds, Duration.ZERO);
    }

    /**
     * Queues products to be indexed once {@code delay} has passed; one already waiting keeps its
     * age and is indexed at the earlier of the two times (unless it is backing off after failures).
     */
    void add(Collection<Long> productIds, Duration delay) {
        List<Long> ids = List.copyOf(productIds);
        String row = "(?, TIMESTAMPADD(MICROSECOND, " + delay.toNanos() / 1000 + ", CURRENT_TIMESTAMP(3)))";
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Statements.update(
                    jdbc,
                    "INSERT INTO search_index_queue (product_id, next_attempt_at) VALUES "
                            + String.join(", ", java.util.Collections.nCopies(chunk.size(), row))
                            + " ON DUPLICATE KEY UPDATE next_attempt_at = IF(attempts = 0,"
                            + " LEAST(next_attempt_at, VALUES(next_attempt_at)), next_attempt_at)",
                    chunk.toArray());
        }
        pace.pace().wake();
    }

    /** Claims up to {@code limit} due products that no other replica holds, until the transaction ends. */
    List<Entry> claimDue(int limit) {
        String sql = "SELECT product_id, attempts FROM search_index_queue"
                + " WHERE next_attempt_at <= CURRENT_TIMESTAMP(3) ORDER BY next_attempt_at LIMIT "
                + limit + " FOR UPDATE SKIP LOCKED";
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(new Entry(rows.getLong(1), rows.getInt(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim queued products", e);
        }
        return entries;
    }

    void remove(long productId) {
        Statements.update(jdbc, "DELETE FROM search_index_queue WHERE product_id = ?", productId);
    }

    /** Puts a product back with a pause that doubles with each failed attempt, up to {@link #LONGEST_PAUSE}. */
    void retryLater(Entry entry, String error) {
        long pauseMillis = Math.min(LONGEST_PAUSE.toMillis(), 500L << Math.min(entry.attempts(), 16));
        Statements.update(
                jdbc,
                "UPDATE search_index_queue SET attempts = attempts + 1, last_error = ?,"
                        + " next_attempt_at = TIMESTAMPADD(MICROSECOND, ?, CURRENT_TIMESTAMP(3))"
                        + " WHERE product_id = ?",
                error.length() > 500 ? error.substring(0, 500) : error,
                pauseMillis * 1000,
                entry.productId());
    }

    Lag lag() {
        String sql = "SELECT COUNT(*), COALESCE(TIMESTAMPDIFF(MICROSECOND, MIN(enqueued_at), CURRENT_TIMESTAMP(3)), 0)"
                + " FROM search_index_queue";
        try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return new Lag(rows.getLong(1), Duration.ofNanos(Math.max(0, rows.getLong(2)) * 1000));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not measure the indexing lag", e);
        }
    }
}
