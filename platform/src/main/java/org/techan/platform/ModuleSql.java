package org.techan.platform;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.SQLException;
import java.util.List;

/**
 * One statement at a time on the current transaction's (or connection's) connection, through
 * {@link SqlScript}: what a module's own SQL helper bean extends, naming the module in failures.
 */
public class ModuleSql {

    private final JdbcOperations jdbc;
    private final String module;

    protected ModuleSql(JdbcOperations jdbc, String module) {
        this.jdbc = jdbc;
        this.module = module;
    }

    public <T> List<T> query(String sql, SqlScript.RowMapper<T> mapper, Object... parameters) {
        SqlScript script = new SqlScript();
        SqlScript.Query<T> query = script.query(sql, mapper, parameters);
        return run(script).rows(query);
    }

    public int update(String sql, Object... parameters) {
        SqlScript script = new SqlScript();
        SqlScript.Statement statement = script.add(sql, parameters);
        return run(script).of(statement).updated();
    }

    /** Inserts one row and answers its generated id. */
    public long insert(String sql, Object... parameters) {
        SqlScript script = new SqlScript();
        script.add(sql, parameters);
        SqlScript.Statement id = script.add("SELECT LAST_INSERT_ID()");
        return run(script).of(id).firstLong();
    }

    /**
     * Whether {@code failure} is a unique key refusing a row: what the loser of two simultaneous
     * identical requests gets after both passed their check for a taken key.
     */
    public static boolean duplicateKey(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    public SqlScript.Results run(SqlScript script) {
        try {
            return script.run(jdbc.getConnection());
        } catch (SQLException e) {
            throw new DataAccessException(module + " statement failed: " + e.getMessage(), e);
        }
    }
}
