package org.techan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    JdbcOperations jdbc;

    @Inject
    ProbeSubscriber subscriber;

    @Test
    void shouldDeliverACommittedEventOnceAndMarkItPublished() throws Exception {
        String eventId =
                transactions.executeWrite(status -> outbox.publish(ProbeSchema.OUTBOX, new ProbeHappened("李干上架")));

        assertThat(awaitSeen(eventId)).contains("李干上架");
        assertThat(awaitPublished(eventId)).isTrue();
        assertThat(attempts(eventId)).isEqualTo(1);
    }

    @Test
    void shouldDeliverEveryEventPublishedTogetherOnce() throws Exception {
        java.util.List<String> eventIds = transactions.executeWrite(status -> outbox.publishAll(
                ProbeSchema.OUTBOX,
                java.util.List.of(
                        new ProbeHappened("同批 红枣"), new ProbeHappened("同批 核桃"), new ProbeHappened("同批 葡萄干"))));

        assertThat(eventIds).hasSize(3).doesNotHaveDuplicates();
        assertThat(awaitSeen(eventIds.get(0))).contains("同批 红枣");
        assertThat(awaitSeen(eventIds.get(1))).contains("同批 核桃");
        assertThat(awaitSeen(eventIds.get(2))).contains("同批 葡萄干");
        for (String eventId : eventIds) {
            assertThat(awaitPublished(eventId)).isTrue();
            assertThat(attempts(eventId)).isEqualTo(1);
        }
    }

    @Test
    void shouldNeverDeliverAnEventWhoseTransactionRolledBack() throws Exception {
        String[] eventId = new String[1];
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
                    eventId[0] = outbox.publish(ProbeSchema.OUTBOX, new ProbeHappened("rolled back"));
                    throw new IllegalStateException("the business change failed");
                }))
                .hasMessageContaining("business change failed");

        String committed =
                transactions.executeWrite(status -> outbox.publish(ProbeSchema.OUTBOX, new ProbeHappened("after")));
        awaitSeen(committed);
        assertThat(seen(eventId[0])).isEmpty();
        assertThat(attempts(eventId[0])).as("no row at all").isEqualTo(-1);
    }

    @Test
    void shouldRetryAFailedDeliveryWithoutKeepingItsPartialWork() throws Exception {
        String eventId =
                transactions.executeWrite(status -> outbox.publish(ProbeSchema.OUTBOX, new ProbeHappened("flaky 蜂蜜")));

        assertThat(awaitPublished(eventId)).isTrue();
        assertThat(subscriber.failedOnce).contains(eventId);
        assertThat(subscriber.inserted.get(eventId))
                .as("the failed attempt's insert was rolled back, so the retry inserts again")
                .containsExactly(1, 1);
        assertThat(attempts(eventId)).isEqualTo(2);
        assertThat(seen(eventId)).contains("flaky 蜂蜜");
    }

    @Test
    void shouldRefuseToPublishOutsideATransaction() {
        assertThatThrownBy(() -> outbox.publish(ProbeSchema.OUTBOX, new ProbeHappened("loose")))
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("transaction");
    }

    private Optional<String> awaitSeen(String eventId) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> seen(eventId), Optional::isPresent);
    }

    private boolean awaitPublished(String eventId) {
        return await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> query(
                                        "SELECT published_at IS NOT NULL FROM platform_probe_outbox WHERE event_id = ?",
                                        eventId)
                                .map("1"::equals)
                                .orElse(false),
                        published -> published);
    }

    private Optional<String> seen(String eventId) throws SQLException {
        return query("SELECT what FROM platform_probe_seen WHERE event_id = ?", eventId);
    }

    private int attempts(String eventId) throws SQLException {
        return query("SELECT attempts FROM platform_probe_outbox WHERE event_id = ?", eventId)
                .map(Integer::parseInt)
                .orElse(-1);
    }

    private Optional<String> query(String sql, String eventId) throws SQLException {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = jdbc.getConnection().prepareStatement(sql)) {
                statement.setString(1, eventId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
