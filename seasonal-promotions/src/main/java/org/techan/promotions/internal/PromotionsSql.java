package org.techan.promotions.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import org.techan.platform.SqlScript;

/** One statement at a time on the current transaction's connection, through the platform's {@link SqlScript}. */
@Singleton
class PromotionsSql {

    private final JdbcOperations jdbc;

    PromotionsSql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    <T> List<T> query(String sql, SqlScript.RowMapper<T> mapper, Object... parameters) {
        SqlScript script = new SqlScript();
        SqlScript.Query<T> query = script.query(sql, mapper, parameters);
        return run(script).rows(query);
    }

    int update(String sql, Object... parameters) {
        SqlScript script = new SqlScript();
        SqlScript.Statement statement = script.add(sql, parameters);
        return run(script).of(statement).updated();
    }

    /** Inserts one row and answers its generated id. */
    long insert(String sql, Object... parameters) {
        SqlScript script = new SqlScript();
        script.add(sql, parameters);
        SqlScript.Statement id = script.add("SELECT LAST_INSERT_ID()");
        return run(script).of(id).firstLong();
    }

    /**
     * Whether {@code failure} is a unique key refusing a row: what the loser of two simultaneous
     * identical requests gets after both passed their check for a taken key.
     */
    static boolean duplicateKey(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    SqlScript.Results run(SqlScript script) {
        try {
            return script.run(jdbc.getConnection());
        } catch (SQLException e) {
            throw new DataAccessException("Promotions statement failed: " + e.getMessage(), e);
        }
    }
}
