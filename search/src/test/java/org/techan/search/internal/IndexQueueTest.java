package org.techan.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stock changes wait a few seconds in the queue; any other change brings the product forward. */
@MicronautTest(transactional = false)
class IndexQueueTest {

    private static final long PRODUCT = 987_654_321L;

    @Inject
    IndexQueue queue;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    JdbcOperations jdbc;

    @Test
    void shouldDeferAStockChangeAndIndexAtTheEarlierTimeWhenAnotherChangeComes() {
        // One transaction, rolled back: the indexer never sees this made-up product.
        transactions.executeWrite(status -> {
            queue.add(List.of(PRODUCT), Duration.ofSeconds(5));
            long deferred = millisUntilDue();
            queue.add(List.of(PRODUCT), Duration.ofSeconds(5));
            long repeated = millisUntilDue();
            queue.add(List.of(PRODUCT));
            long now = millisUntilDue();
            queue.add(List.of(PRODUCT), Duration.ofSeconds(5));
            long afterAnotherStockChange = millisUntilDue();
            status.setRollbackOnly();

            assertThat(deferred).isBetween(4_000L, 5_000L);
            assertThat(repeated)
                    .as("a repeated stock change does not push the product back")
                    .isLessThanOrEqualTo(deferred);
            assertThat(now).isLessThanOrEqualTo(0L);
            assertThat(afterAnotherStockChange).isLessThanOrEqualTo(0L);
            return null;
        });
    }

    private long millisUntilDue() {
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT TIMESTAMPDIFF(MICROSECOND, CURRENT_TIMESTAMP(3), next_attempt_at)"
                        + " FROM search_index_queue WHERE product_id = ?")) {
            select.setLong(1, PRODUCT);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1) / 1000;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
