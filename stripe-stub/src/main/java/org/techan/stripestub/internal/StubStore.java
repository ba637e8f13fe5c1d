package org.techan.stripestub.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The stub's tables. Every method runs on the connection of the caller's transaction. */
@Singleton
class StubStore {

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final WebhookPace pace;

    StubStore(JdbcOperations jdbc, JsonMapper json, WebhookPace pace) {
        this.jdbc = jdbc;
        this.json = json;
        this.pace = pace;
    }

    record StoredIntent(PaymentIntentJson intent, @Nullable String card) {}

    record StoredResponse(String fingerprint, @Nullable Integer status, @Nullable String body) {}

    record DueWebhook(String eventId, String payload, int attempts) {}

    Optional<StoredIntent> lockIntent(String id) {
        return query("SELECT body, card FROM stripe_stub_payment_intent WHERE id = ? FOR UPDATE", ps -> {
            ps.setString(1, id);
            try (ResultSet rows = ps.executeQuery()) {
                return rows.next()
                        ? Optional.of(
                                new StoredIntent(read(rows.getString(1), PaymentIntentJson.class), rows.getString(2)))
                        : Optional.<StoredIntent>empty();
            }
        });
    }

    void insertIntent(PaymentIntentJson intent, @Nullable String card) {
        update("INSERT INTO stripe_stub_payment_intent (id, status, card, body) VALUES (?, ?, ?, ?)", ps -> {
            ps.setString(1, intent.id());
            ps.setString(2, intent.status());
            ps.setString(3, card);
            ps.setString(4, write(intent));
        });
    }

    void updateIntent(PaymentIntentJson intent, @Nullable String card) {
        update("UPDATE stripe_stub_payment_intent SET status = ?, card = ?, body = ? WHERE id = ?", ps -> {
            ps.setString(1, intent.status());
            ps.setString(2, card);
            ps.setString(3, write(intent));
            ps.setString(4, intent.id());
        });
    }

    long refundedAmount(String paymentIntent) {
        return query("SELECT COALESCE(SUM(amount), 0) FROM stripe_stub_refund WHERE payment_intent = ?", ps -> {
            ps.setString(1, paymentIntent);
            try (ResultSet rows = ps.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    void insertRefund(RefundJson refund) {
        update("INSERT INTO stripe_stub_refund (id, payment_intent, amount, body) VALUES (?, ?, ?, ?)", ps -> {
            ps.setString(1, refund.id());
            ps.setString(2, refund.paymentIntent());
            ps.setLong(3, refund.amount());
            ps.setString(4, write(refund));
        });
    }

    Optional<StoredResponse> lockIdempotency(String key) {
        return query(
                "SELECT fingerprint, status, body FROM stripe_stub_idempotency WHERE idempotency_key = ? FOR UPDATE",
                ps -> {
                    ps.setString(1, key);
                    try (ResultSet rows = ps.executeQuery()) {
                        if (!rows.next()) {
                            return Optional.<StoredResponse>empty();
                        }
                        int status = rows.getInt(2);
                        return Optional.of(new StoredResponse(
                                rows.getString(1), rows.wasNull() ? null : status, rows.getString(3)));
                    }
                });
    }

    void startIdempotent(String key, String fingerprint) {
        update("INSERT INTO stripe_stub_idempotency (idempotency_key, fingerprint) VALUES (?, ?)", ps -> {
            ps.setString(1, key);
            ps.setString(2, fingerprint);
        });
    }

    void finishIdempotent(String key, int status, String body) {
        update("UPDATE stripe_stub_idempotency SET status = ?, body = ? WHERE idempotency_key = ?", ps -> {
            ps.setInt(1, status);
            ps.setString(2, body);
            ps.setString(3, key);
        });
    }

    void purgeIdempotencyOlderThanHours(int hours) {
        update(
                "DELETE FROM stripe_stub_idempotency WHERE created_at < TIMESTAMPADD(HOUR, ?, CURRENT_TIMESTAMP)",
                ps -> ps.setInt(1, -hours));
    }

    void enqueueWebhook(EventJson event) {
        update("INSERT INTO stripe_stub_webhook (event_id, event_type, payload) VALUES (?, ?, ?)", ps -> {
            ps.setString(1, event.id());
            ps.setString(2, event.type());
            ps.setString(3, write(event));
        });
        pace.pace().wake();
    }

    /** Leases due webhooks so no other replica delivers them while this one is on the wire. */
    List<DueWebhook> claimDueWebhooks(int limit, long leaseSeconds) {
        List<DueWebhook> due = lockDueWebhooks(limit);
        for (DueWebhook webhook : due) {
            update(
                    "UPDATE stripe_stub_webhook SET next_attempt_at = TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP)"
                            + " WHERE event_id = ?",
                    ps -> {
                        ps.setLong(1, leaseSeconds);
                        ps.setString(2, webhook.eventId());
                    });
        }
        return due;
    }

    private List<DueWebhook> lockDueWebhooks(int limit) {
        return query(
                "SELECT event_id, payload, attempts FROM stripe_stub_webhook"
                        + " WHERE delivered_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= CURRENT_TIMESTAMP"
                        + " ORDER BY created_at, event_id LIMIT ? FOR UPDATE SKIP LOCKED",
                ps -> {
                    ps.setInt(1, limit);
                    List<DueWebhook> due = new ArrayList<>();
                    try (ResultSet rows = ps.executeQuery()) {
                        while (rows.next()) {
                            due.add(new DueWebhook(rows.getString(1), rows.getString(2), rows.getInt(3)));
                        }
                    }
                    return due;
                });
    }

    void markDelivered(String eventId) {
        update(
                "UPDATE stripe_stub_webhook SET delivered_at = CURRENT_TIMESTAMP, attempts = attempts + 1,"
                        + " last_error = NULL WHERE event_id = ?",
                ps -> ps.setString(1, eventId));
    }

    void markFailed(String eventId, String error, long retryInSeconds, boolean abandon) {
        update(
                "UPDATE stripe_stub_webhook SET attempts = attempts + 1, last_error = ?,"
                        + " next_attempt_at = TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP),"
                        + " abandoned_at = CASE WHEN ? THEN CURRENT_TIMESTAMP ELSE NULL END WHERE event_id = ?",
                ps -> {
                    ps.setString(1, error.length() > 500 ? error.substring(0, 500) : error);
                    ps.setLong(2, retryInSeconds);
                    ps.setBoolean(3, abandon);
                    ps.setString(4, eventId);
                });
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Statement<R> {
        R apply(PreparedStatement statement) throws SQLException;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private <R> R query(String sql, Statement<R> body) {
        Connection connection = jdbc.getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return body.apply(statement);
        } catch (SQLException e) {
            throw new StubStorageException(sql, e);
        }
    }

    private void update(String sql, Binder binder) {
        query(sql, statement -> {
            binder.bind(statement);
            return statement.executeUpdate();
        });
    }

    /** A storage failure; {@link #isDuplicateKey()} tells a lost insert race from a real fault. */
    static final class StubStorageException extends RuntimeException {
        StubStorageException(String sql, SQLException cause) {
            super("Stripe stub storage failed on: " + sql, cause);
        }

        boolean isDuplicateKey() {
            return getCause() instanceof java.sql.SQLIntegrityConstraintViolationException;
        }
    }
}
