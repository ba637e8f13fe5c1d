package org.techan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A signed-in request finds its session in memory, not in the database; signing out is honoured at
 * once on this replica and within seconds on the others, which learn of it from the closure log
 * (another replica's sign-out is played here by writing straight to the tables, as it would).
 */
@MicronautTest(transactional = false)
class RememberedSessionsTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void shouldFindASessionInMemoryUntilAnotherReplicaSignsItOut() {
        OpenedSession opened = sessions.open(anAccount());
        assertThat(sessions.find(opened.token())).isPresent();

        sql("DELETE FROM platform_session WHERE token_hash = SHA2(?, 256)", opened.token());
        assertThat(sessions.find(opened.token()))
                .as("gone from the table, but nobody said so: still remembered")
                .isPresent();

        sql("INSERT INTO platform_session_closure (token_hash) VALUES (SHA2(?, 256))", opened.token());
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(sessions.find(opened.token())).isEmpty());
    }

    @Test
    void shouldForgetASessionSignedOutHereAtOnce() {
        OpenedSession opened = sessions.open(anAccount());
        assertThat(sessions.find(opened.token())).isPresent();

        sessions.close(opened.token());

        assertThat(sessions.find(opened.token())).isEmpty();
    }

    private AccountView anAccount() {
        return accounts.register(new RegisterAccountCommand(
                "remembered." + SERIAL.incrementAndGet() + "." + System.nanoTime() % 100_000,
                "long-enough-pw",
                "记住",
                Role.CONSUMER));
    }

    private void sql(String statement, String token) {
        transactions.executeWrite(status -> {
            try (PreparedStatement update = jdbc.getConnection().prepareStatement(statement)) {
                update.setString(1, token);
                return update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
