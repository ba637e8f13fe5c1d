package org.techan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void replacesTheDatabaseAndAddsUtcSessionSettings() {
        assertThat(TestDatabase.withDatabase("jdbc:mysql://127.0.0.1:3306/test", "techan_test_orders"))
                .isEqualTo("jdbc:mysql://127.0.0.1:3306/techan_test_orders?"
                        + "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true");
    }

    @Test
    void keepsExistingParametersAndDoesNotRepeatTimeZoneSettings() {
        String url = "jdbc:mysql://db:3306/test?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

        assertThat(TestDatabase.withDatabase(url, "x")).isEqualTo("jdbc:mysql://db:3306/x?" + url.split("\\?")[1]);
        assertThat(TestDatabase.withDatabase("jdbc:mysql://db?useSSL=false", "y"))
                .isEqualTo(
                        "jdbc:mysql://db/y?useSSL=false&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true");
    }

    @Test
    void theDatabaseInUseAnswers() throws Exception {
        String url = System.getProperty("datasources.default.url");

        assertThat(url).as("TestInfrastructure ran before the tests").contains("techan_test_");
        try (var connection = java.sql.DriverManager.getConnection(
                url,
                System.getProperty("datasources.default.username"),
                System.getProperty("datasources.default.password"))) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }
}
