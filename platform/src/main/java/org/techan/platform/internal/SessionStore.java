package org.techan.platform.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.techan.platform.AccountView;
import org.techan.platform.OpenedSession;
import org.techan.platform.Role;
import org.techan.platform.SessionView;

/**
 * Sessions in {@code platform_session}. A session lives {@code idle-timeout} past its last use and
 * never longer than {@code max-lifetime}; last use is written at most once a minute so reading
 * pages does not turn into a write per request.
 */
@Singleton
class SessionStore {

    private static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration maxLifetime;

    SessionStore(
            JdbcOperations jdbc,
            Clock clock,
            @Value("${techan.sessions.idle-timeout:8h}") Duration idleTimeout,
            @Value("${techan.sessions.max-lifetime:7d}") Duration maxLifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.maxLifetime = maxLifetime;
    }

    @Transactional
    public OpenedSession open(AccountView account) {
        String token = randomToken();
        String csrf = randomToken();
        Instant now = clock.instant();
        String sql =
                "INSERT INTO platform_session (token_hash, account_id, csrf_token, created_at, last_seen_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = jdbc.getConnection().prepareStatement(sql)) {
            insert.setString(1, hash(token));
            insert.setLong(2, account.id());
            insert.setString(3, csrf);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setTimestamp(5, Timestamp.from(now));
            insert.setTimestamp(6, Timestamp.from(now.plus(idleTimeout)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open a session", e);
        }
        return new OpenedSession(token, new SessionView(account, csrf));
    }

    /**
     * The session and when it stops being valid, or nothing if it is unknown or over. Its last use is
     * written here, at most once a minute.
     */
    @Transactional
    public Optional<Remembered> find(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        String sql = "SELECT s.csrf_token, s.created_at, s.last_seen_at, s.expires_at,"
                + " a.id, a.login, a.display_name, a.role"
                + " FROM platform_session s JOIN platform_account a ON a.id = s.account_id WHERE s.token_hash = ?";
        String tokenHash = hash(token);
        try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql)) {
            select.setString(1, tokenHash);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Instant now = clock.instant();
                Instant created = row.getTimestamp("created_at").toInstant();
                Instant expires = row.getTimestamp("expires_at").toInstant();
                if (!expires.isAfter(now) || !created.plus(maxLifetime).isAfter(now)) {
                    return Optional.empty();
                }
                if (row.getTimestamp("last_seen_at")
                        .toInstant()
                        .plus(TOUCH_GRANULARITY)
                        .isBefore(now)) {
                    touch(tokenHash, now);
                    expires = now.plus(idleTimeout);
                }
                AccountView account = new AccountView(
                        row.getLong("id"),
                        row.getString("login"),
                        row.getString("display_name"),
                        Role.valueOf(row.getString("role")));
                Instant validUntil = expires.isBefore(created.plus(maxLifetime)) ? expires : created.plus(maxLifetime);
                return Optional.of(
                        new Remembered(new SessionView(account, row.getString("csrf_token")), now, validUntil));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a session", e);
        }
    }

    /**
     * A session as the database confirmed it at {@code confirmedAt}, and the moment it stops being
     * valid unless used again.
     */
    record Remembered(SessionView session, Instant confirmedAt, Instant validUntil) {

        /** Whether it may still be used from memory at {@code now}: valid, and its last use recent enough on record. */
        boolean usableAt(Instant now) {
            return validUntil.isAfter(now)
                    && confirmedAt.plus(TOUCH_GRANULARITY).isAfter(now);
        }
    }

    /** Deletes the session and logs its closing, for every replica to forget it. */
    @Transactional
    public void close(String token) {
        execute("DELETE FROM platform_session WHERE token_hash = ?", hash(token));
        execute("INSERT INTO platform_session_closure (token_hash) VALUES (?)", hash(token));
    }

    /** Drops sessions nobody can use any more; safe to run on every replica at once. */
    @Transactional
    int purgeExpired() {
        Instant now = clock.instant();
        String sql = "DELETE FROM platform_session WHERE expires_at <= ? OR created_at <= ? LIMIT 1000";
        try (PreparedStatement delete = jdbc.getConnection().prepareStatement(sql)) {
            delete.setTimestamp(1, Timestamp.from(now));
            delete.setTimestamp(2, Timestamp.from(now.minus(maxLifetime)));
            int purged = delete.executeUpdate();
            forgetClosuresBefore(now.minus(Duration.ofDays(1)));
            return purged;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge sessions", e);
        }
    }

    private void forgetClosuresBefore(Instant before) throws SQLException {
        try (PreparedStatement delete = jdbc.getConnection()
                .prepareStatement("DELETE FROM platform_session_closure WHERE closed_at < ? LIMIT 10000")) {
            delete.setTimestamp(1, Timestamp.from(before));
            delete.executeUpdate();
        }
    }

    private void touch(String tokenHash, Instant now) throws SQLException {
        String sql = "UPDATE platform_session SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?";
        try (PreparedStatement update = jdbc.getConnection().prepareStatement(sql)) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setTimestamp(2, Timestamp.from(now.plus(idleTimeout)));
            update.setString(3, tokenHash);
            update.executeUpdate();
        }
    }

    private void execute(String sql, String tokenHash) {
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement(sql)) {
            statement.setString(1, tokenHash);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change a session", e);
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Tokens are 32 random bytes in unpadded base64url; anything else was never issued. */
    static boolean wellFormed(String token) {
        return token != null && token.length() == 43;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
