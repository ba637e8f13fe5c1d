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
        SqlScript script = new SqlScript();
        script.add("CREATE TEMPORARY TABLE probe_honey (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(40))");
        SqlScript.Statement insert =
                script.add("INSERT INTO probe_honey (name) VALUES (?), (?)", "椴树蜜", "'; DROP TABLE probe_honey; --");
        script.add("SET @probe_first = LAST_INSERT_ID()");
        SqlScript.Statement rename = script.add(
                "UPDATE probe_honey SET name = ? WHERE id = @probe_first + 1 * @@auto_increment_increment", "枣花蜜");
        SqlScript.Statement noMatch = script.add("UPDATE probe_honey SET name = ? WHERE name = ?", "none", "absent");
        SqlScript.Statement names = script.add("SELECT name FROM probe_honey ORDER BY id");
        SqlScript.Statement ids = script.add("SELECT @probe_first, @@auto_increment_increment");

        SqlScript.Results results = transactions.executeWrite(status -> run(script));

        assertThat(results.all()).extracting(SqlScript.Result::updated).containsExactly(0, 2, 0, 1, 0, -1, -1);
        assertThat(results.of(insert).updated()).isEqualTo(2);
        assertThat(results.of(rename).updated()).isEqualTo(1);
        assertThat(results.of(noMatch).updated()).isZero();
        assertThat(results.of(names).rows()).containsExactly(List.of("椴树蜜"), List.of("枣花蜜"));
        assertThat(results.of(ids).longAt(0)).isPositive();
        assertThat(results.of(ids).longAt(1)).isPositive();
    }

    @Test
    void shouldReadAQuerysRowsThroughItsMapperBetweenPlainStatements() {
        record Honey(String name, Integer grade) {}
        SqlScript script = new SqlScript();
        SqlScript.Statement count = script.add("SELECT COUNT(*) FROM (SELECT 1 UNION ALL SELECT 2) two");
        SqlScript.Query<Honey> honeys = script.query(
                "SELECT ? AS name, NULL AS grade UNION ALL SELECT ?, 1",
                row -> new Honey(row.getString("name"), (Integer) row.getObject("grade")),
                "椴树蜜",
                "枣花蜜");
        SqlScript.Query<String> none = script.query("SELECT 'x' FROM DUAL WHERE 1 = 0", row -> row.getString(1));
        SqlScript.Query<String> nulls = script.query("SELECT NULL", row -> row.getString(1));

        SqlScript.Results results = transactions.executeRead(status -> run(script));

        assertThat(results.of(count).firstLong()).isEqualTo(2);
        assertThat(results.rows(honeys)).containsExactly(new Honey("椴树蜜", null), new Honey("枣花蜜", 1));
        assertThat(results.rows(none)).isEmpty();
        assertThat(results.rows(nulls)).containsExactly((String) null);
    }

    @Test
    void shouldRefuseAStatementOfAnotherScript() {
        SqlScript other = new SqlScript();
        SqlScript.Statement foreign = other.add("SELECT 1");
        SqlScript script = new SqlScript();
        script.add("SELECT 2");

        SqlScript.Results results = transactions.executeRead(status -> run(script));

        assertThatThrownBy(() -> results.of(foreign)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldStopAtTheFirstFailingStatement() {
        long written = transactions.executeWrite(status -> {
            SqlScript create = new SqlScript();
            create.add("CREATE TEMPORARY TABLE probe_tea (id BIGINT PRIMARY KEY, name VARCHAR(40))");
            run(create);
            SqlScript failing = new SqlScript();
            failing.add("INSERT INTO probe_tea (id, name) VALUES (1, ?), (1, ?)", "信阳毛尖", "again");
            failing.add("INSERT INTO probe_tea (id, name) VALUES (2, ?)", "never written");
            assertThatThrownBy(() -> run(failing)).hasCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
            // Same transaction, same connection: the failed statement undid itself, the next never ran.
            SqlScript count = new SqlScript();
            SqlScript.Statement rows = count.add("SELECT COUNT(*) FROM probe_tea");
            return run(count).of(rows).firstLong();
        });
        assertThat(written).isZero();
    }

    private SqlScript.Results run(SqlScript script) {
        try {
            return script.run(jdbc.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
