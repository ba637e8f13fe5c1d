package org.techan.search.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A plain statement on the current transaction's connection; SQL problems are programming errors here. */
final class Statements {

    private Statements() {}

    static int update(JdbcOperations jdbc, String sql, Object... parameters) {
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Statement failed: " + sql, e);
        }
    }
}
