package org.techan.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OutboxPurgeTest {

    @Inject
    OutboxPurge purge;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    JdbcOperations jdbc;

    @Test
    void shouldDeleteOnlyEventsDeliveredLongerAgoThanTheKeptTime() {
        String deliveredLongAgo =
                insert("TIMESTAMPADD(DAY, -30, CURRENT_TIMESTAMP)", "TIMESTAMPADD(DAY, -30, CURRENT_TIMESTAMP)");
        String deliveredToday = insert("TIMESTAMPADD(DAY, -30, CURRENT_TIMESTAMP)", "CURRENT_TIMESTAMP");
        String neverDelivered = insert("TIMESTAMPADD(DAY, -30, CURRENT_TIMESTAMP)", "NULL");

        purge.purge();

        assertThat(exists(deliveredLongAgo)).isFalse();
        assertThat(exists(deliveredToday)).isTrue();
        assertThat(exists(neverDelivered))
                .as("an undelivered event is never purged")
                .isTrue();
        transactions.executeWrite(
                status -> update("DELETE FROM platform_probe_outbox WHERE event_id = ?", neverDelivered));
    }

    /** An event of no known type, so the relay (running meanwhile) only retries it if undelivered. */
    private String insert(String createdAt, String publishedAt) {
        String eventId = UUID.randomUUID().toString();
        transactions.executeWrite(status -> update(
                "INSERT INTO platform_probe_outbox (event_id, event_type, payload, created_at, published_at,"
                        + " next_attempt_at) VALUES (?, 'org.techan.platform.NoSuchEvent', '{}', " + createdAt + ", "
                        + publishedAt + ", TIMESTAMPADD(DAY, 1, CURRENT_TIMESTAMP))",
                eventId));
        return eventId;
    }

    private boolean exists(String eventId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select =
                    jdbc.getConnection().prepareStatement("SELECT 1 FROM platform_probe_outbox WHERE event_id = ?")) {
                select.setString(1, eventId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private int update(String sql, String eventId) {
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement(sql)) {
            statement.setString(1, eventId);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
