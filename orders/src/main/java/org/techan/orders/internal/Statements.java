package org.techan.orders.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain statements on the current transaction's connection; SQL problems are programming errors here. */
final class Statements {

    private Statements() {}

    static int update(JdbcOperations jdbc, String sql, Object... parameters) {
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Statement failed: " + sql, e);
        }
    }

    static long insert(JdbcOperations jdbc, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement =
                jdbc.getConnection().prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Reads one row at a time. */
    interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    static void query(JdbcOperations jdbc, String sql, RowReader reader, Object... parameters) {
        try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** A failure as a last_error column keeps it (VARCHAR(500)): its type and message, cut to fit. */
    static String failureText(Throwable failure) {
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
