package org.techan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SchemaMigrationsTest {

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver dataSources;

    @Test
    void aModuleSchemaIsMigratedWithItsOwnHistoryTable() throws SQLException {
        try (Connection connection = dataSources.resolve(dataSource).getConnection();
                Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name FROM platform_probe ORDER BY id")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            assertThat(names).containsExactly("茶叶", "Tea");
            try (ResultSet history = statement.executeQuery(
                    "SELECT MAX(version) FROM flyway_history_platform_probe WHERE success = 1")) {
                assertThat(history.next()).isTrue();
                assertThat(history.getString(1)).isEqualTo("3");
            }
        }
    }

    @Test
    void schemaNamesMustBeSafeForTableNames() {
        assertThatThrownBy(() -> new ModuleSchema("Catalog; DROP", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ModuleSchema("catalog", 10).historyTable()).isEqualTo("flyway_history_catalog");
    }
}
