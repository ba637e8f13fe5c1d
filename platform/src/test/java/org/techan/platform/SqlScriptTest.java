package org.techan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SqlScriptTest {

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    JdbcOperations jdbc;

    @Test
    void shouldRunEveryStatementInOrderAndAnswerWhatEachDid() {
        List<SqlScript.Result> results = transactions.executeWrite(status -> run(new SqlScript()
                .add("CREATE TEMPORARY TABLE probe_honey (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(40))")
                .add("INSERT INTO probe_honey (name) VALUES (?), (?)", "椴树蜜", "'; DROP TABLE probe_honey; --")
                .add("SET @probe_first = LAST_INSERT_ID()")
                .add("UPDATE probe_honey SET name = ? WHERE id = @probe_first + 1 * @@auto_increment_increment", "枣花蜜")
                .add("UPDATE probe_honey SET name = ? WHERE name = ?", "none", "absent")
                .add("SELECT name FROM probe_honey ORDER BY id")
                .add("SELECT @probe_first, @@auto_increment_increment")));

        assertThat(results).extracting(SqlScript.Result::updated).containsExactly(0, 2, 0, 1, 0, -1, -1);
        assertThat(results.get(5).rows()).containsExactly(List.of("椴树蜜"), List.of("枣花蜜"));
        assertThat(results.get(6).longAt(0)).isPositive();
        assertThat(results.get(6).longAt(1)).isPositive();
    }

    @Test
    void shouldStopAtTheFirstFailingStatement() {
        long written = transactions.executeWrite(status -> {
            run(new SqlScript().add("CREATE TEMPORARY TABLE probe_tea (id BIGINT PRIMARY KEY, name VARCHAR(40))"));
            assertThatThrownBy(() -> run(new SqlScript()
                            .add("INSERT INTO probe_tea (id, name) VALUES (1, ?), (1, ?)", "信阳毛尖", "again")
                            .add("INSERT INTO probe_tea (id, name) VALUES (2, ?)", "never written")))
                    .hasCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
            // Same transaction, same connection: the failed statement undid itself, the next never ran.
            return run(new SqlScript().add("SELECT COUNT(*) FROM probe_tea"))
                    .get(0)
                    .firstLong();
        });
        assertThat(written).isZero();
    }

    private List<SqlScript.Result> run(SqlScript script) {
        try {
            return script.run(jdbc.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
