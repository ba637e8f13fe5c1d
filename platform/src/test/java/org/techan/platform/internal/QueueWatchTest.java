package org.techan.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.techan.platform.IdleBackoff;
import org.techan.platform.ProbeHappened;

/**
 * An event written by another replica (straight into the table: nothing here wakes the relay) is
 * delivered within a second or two although this replica's relay has backed off for ten minutes:
 * the queue watch saw it.
 */
@MicronautTest(transactional = false)
@Property(name = "techan.outbox.idle-poll-interval", value = "10m")
class QueueWatchTest {

    @Inject
    OutboxPace outboxPace;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    JdbcOperations jdbc;

    @Test
    void shouldWakeASleepingRelayForAnEventAnotherReplicaWrote() throws Exception {
        IdleBackoff relay = outboxPace.pace();
        Thread.sleep(2_500); // past the fast spell that start-up's own events may have opened
        for (int i = 0; i < 30; i++) {
            relay.idled();
        }
        assertThat(relay.due()).as("the relay sleeps for ten minutes").isFalse();

        String eventId = UUID.randomUUID().toString();
        transactions.executeWrite(status -> {
            try (PreparedStatement insert = jdbc.getConnection()
                    .prepareStatement(
                            "INSERT INTO platform_probe_outbox (event_id, event_type, payload) VALUES (?, ?, ?)")) {
                insert.setString(1, eventId);
                insert.setString(2, ProbeHappened.class.getName());
                insert.setString(3, "{\"what\":\"另一台 龙眼\"}");
                return insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(await().atMost(Duration.ofSeconds(5)).until(() -> seen(eventId), Optional::isPresent))
                .contains("另一台 龙眼");
    }

    private Optional<String> seen(String eventId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select =
                    jdbc.getConnection().prepareStatement("SELECT what FROM platform_probe_seen WHERE event_id = ?")) {
                select.setString(1, eventId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
