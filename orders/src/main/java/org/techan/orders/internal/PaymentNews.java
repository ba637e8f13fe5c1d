package org.techan.orders.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies stored webhooks in arrival order, each once: claimed with SKIP LOCKED so replicas share
 * them, marked processed in the same transaction. A success applied twice, or news older than a
 * success, changes nothing, so duplicates and any order of delivery are harmless.
 */
@Singleton
class PaymentNews {

    static final int BATCH = 50;

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final Payments payments;
    private final Clock clock;

    PaymentNews(JdbcOperations jdbc, JsonMapper json, Payments payments, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.payments = payments;
        this.clock = clock;
    }

    private record Stored(String id, String type, String payload) {}

    @Transactional
    public int applyNext() {
        List<Stored> events = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection()
                        .prepareStatement("SELECT event_id, event_type, payload FROM orders_payment_event"
                                + " WHERE processed_at IS NULL ORDER BY received_at, event_id LIMIT " + BATCH
                                + " FOR UPDATE SKIP LOCKED");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                events.add(new Stored(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read payment news", e);
        }
        for (Stored event : events) {
            apply(event);
            Statements.update(
                    jdbc,
                    "UPDATE orders_payment_event SET processed_at = ? WHERE event_id = ?",
                    Timestamp.from(clock.instant()),
                    event.id());
        }
        return events.size();
    }

    private void apply(Stored event) {
        if (!event.type().startsWith("payment_intent.")) {
            return;
        }
        JsonNode intent;
        try {
            intent = json.readValue(event.payload(), JsonNode.class).get("data").get("object");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Payment event " + event.id() + " cannot be read", e);
        }
        String intentId = intent.get("id").getStringValue();
        if (event.type().equals("payment_intent.succeeded")) {
            payments.succeeded(intentId);
        } else if (intent.get("status") != null) {
            payments.statusChanged(intentId, intent.get("status").getStringValue());
        }
    }
}
