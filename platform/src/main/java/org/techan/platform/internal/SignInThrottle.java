package org.techan.platform.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-ins per login and client address in one atomic statement each (twenty
 * parallel wrong guesses count twenty). From {@code max-failures} on, that address waits before
 * its next try for that login: {@code first-back-off}, doubling with each further failure, never
 * more than {@code longest-back-off}. Other addresses are not affected.
 */
@Singleton
class SignInThrottle {

    private static final String FAILED = "INSERT INTO platform_sign_in_failure"
            + " (login, source, failures, blocked_until, updated_at) VALUES (?, ?, 1, NULL, ?)"
            + " ON DUPLICATE KEY UPDATE"
            // MySQL assigns left to right: blocked_until reads failures before it is incremented.
            + " blocked_until = IF(failures + 1 >= ?,"
            + "   TIMESTAMPADD(SECOND, FLOOR(LEAST(?, ? * POW(2, failures + 1 - ?))), VALUES(updated_at)),"
            + "   blocked_until),"
            + " failures = failures + 1,"
            + " updated_at = VALUES(updated_at)";

    private final JdbcOperations jdbc;
    private final int maxFailures;
    private final Duration firstBackOff;
    private final Duration longestBackOff;

    SignInThrottle(
            JdbcOperations jdbc,
            @Value("${techan.accounts.max-failures:5}") int maxFailures,
            @Value("${techan.accounts.first-back-off:30s}") Duration firstBackOff,
            @Value("${techan.accounts.longest-back-off:15m}") Duration longestBackOff) {
        this.jdbc = jdbc;
        this.maxFailures = Math.max(2, maxFailures);
        this.firstBackOff = firstBackOff;
        this.longestBackOff = longestBackOff;
    }

    /** How long this address must still wait before trying this login again, if at all. */
    @Transactional
    Optional<Duration> waitFor(String login, String source, Instant now) {
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement(
                        "SELECT blocked_until FROM platform_sign_in_failure WHERE login = ? AND source = ?")) {
            select.setString(1, login);
            select.setString(2, source);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getTimestamp(1) == null) {
                    return Optional.empty();
                }
                Instant until = row.getTimestamp(1).toInstant();
                if (!until.isAfter(now)) {
                    return Optional.empty();
                }
                // Whole seconds, rounded up: what Retry-After can say.
                long millis = Duration.between(now, until).toMillis();
                return Optional.of(Duration.ofSeconds((millis + 999) / 1000));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the sign-in throttle", e);
        }
    }

    @Transactional
    void failed(String login, String source, Instant now) {
        try (PreparedStatement upsert = jdbc.getConnection().prepareStatement(FAILED)) {
            upsert.setString(1, login);
            upsert.setString(2, source);
            upsert.setTimestamp(3, Timestamp.from(now));
            upsert.setInt(4, maxFailures);
            upsert.setLong(5, longestBackOff.toSeconds());
            upsert.setLong(6, firstBackOff.toSeconds());
            upsert.setInt(7, maxFailures);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count a failed sign-in", e);
        }
    }

    @Transactional
    void succeeded(String login, String source) {
        try (PreparedStatement delete = jdbc.getConnection()
                .prepareStatement("DELETE FROM platform_sign_in_failure WHERE login = ? AND source = ?")) {
            delete.setString(1, login);
            delete.setString(2, source);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clear the sign-in throttle", e);
        }
    }

    /** Rows nobody has touched for a day: an address that stopped guessing is forgotten. */
    @Transactional
    int forget(Instant before) {
        try (PreparedStatement delete =
                jdbc.getConnection().prepareStatement("DELETE FROM platform_sign_in_failure WHERE updated_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(before));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge the sign-in throttle", e);
        }
    }
}
