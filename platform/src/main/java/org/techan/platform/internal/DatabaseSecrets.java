package org.techan.platform.internal;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.techan.platform.InstallationSecrets;

/**
 * Secrets in {@code platform_secret}; the first writer wins (INSERT IGNORE) and everyone reads its
 * value. Runs on a connection of its own in autocommit: callers may ask from inside a request
 * filter, where no transaction is open.
 */
@Singleton
class DatabaseSecrets implements InstallationSecrets {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> known = new ConcurrentHashMap<>();
    private final DataSource dataSource;

    DatabaseSecrets(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    @Override
    public String secret(String name) {
        return known.computeIfAbsent(name, this::createOrRead);
    }

    private String createOrRead(String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String candidate = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement("INSERT IGNORE INTO platform_secret (name, secret) VALUES (?, ?)");
                PreparedStatement select =
                        connection.prepareStatement("SELECT secret FROM platform_secret WHERE name = ?")) {
            connection.setAutoCommit(true);
            insert.setString(1, name);
            insert.setString(2, candidate);
            insert.executeUpdate();
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the installation secret " + name, e);
        }
    }
}
