package org.techan.orders.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.orders.ParkedPaymentEvent;
import org.techan.platform.NotFoundException;

/**
 * Applies stored webhooks, each once and each in a transaction of its own: claimed with SKIP
 * LOCKED so replicas share them, marked processed in the same transaction. An event that fails is
 * retried later and later on its own and, after {@code maxAttempts}, parked with its reason for an
 * operator, so one bad event never holds up the others. A success applied twice, or news older
 * than a success, changes nothing, so duplicates and any order of delivery are harmless.
 */
@Singleton
class PaymentNews {

    static final int BATCH = 50;

    private static final Logger LOG = LoggerFactory.getLogger(PaymentNews.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;
    private final Payments payments;
    private final Clock clock;
    private final int maxAttempts;

    PaymentNews(
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            JsonMapper json,
            Payments payments,
            Clock clock,
            @Value("${techan.payments.news-max-attempts:8}") int maxAttempts) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.payments = payments;
        this.clock = clock;
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    private record Stored(String id, String type, String payload) {}

    /** Applies the events now due, each on its own; answers how many were due. */
    public int applyNext() {
        List<String> due = transactions.executeRead(status -> {
            List<String> ids = new ArrayList<>();
            Statements.query(
                    jdbc,
                    "SELECT event_id FROM orders_payment_event WHERE processed_at IS NULL AND parked_at IS NULL"
                            + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
                            + " ORDER BY received_at, event_id LIMIT " + BATCH,
                    rows -> ids.add(rows.getString(1)),
                    Timestamp.from(clock.instant()));
            return ids;
        });
        for (String id : due) {
            applyOne(id);
        }
        return due.size();
    }

    private void applyOne(String id) {
        try {
            transactions.executeWrite(status -> {
                Optional<Stored> event = claim(id);
                if (event.isPresent()) {
                    apply(event.get());
                    Statements.update(
                            jdbc,
                            "UPDATE orders_payment_event SET processed_at = ? WHERE event_id = ?",
                            Timestamp.from(clock.instant()),
                            id);
                }
                return null;
            });
        } catch (RuntimeException e) {
            failed(id, e);
        }
    }

    /** The event, unless another replica holds it or it was applied or parked meanwhile. */
    private Optional<Stored> claim(String id) {
        List<Stored> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT event_id, event_type, payload FROM orders_payment_event WHERE event_id = ?"
                        + " AND processed_at IS NULL AND parked_at IS NULL FOR UPDATE SKIP LOCKED",
                rows -> found.add(new Stored(rows.getString(1), rows.getString(2), rows.getString(3))),
                id);
        return found.stream().findFirst();
    }

    /** Counts the failure and sets the next try (1 s, 2 s, 4 s … up to 5 min), or parks the event. */
    private void failed(String id, RuntimeException failure) {
        try {
            transactions.executeWrite(status -> {
                int[] attempts = {0};
                Statements.query(
                        jdbc,
                        "SELECT attempts FROM orders_payment_event WHERE event_id = ? FOR UPDATE",
                        rows -> attempts[0] = rows.getInt(1) + 1,
                        id);
                Instant now = clock.instant();
                boolean park = attempts[0] >= maxAttempts;
                Duration wait = Duration.ofSeconds(1L << Math.min(attempts[0] - 1, 20));
                Statements.update(
                        jdbc,
                        "UPDATE orders_payment_event SET attempts = ?, last_error = ?, next_attempt_at = ?,"
                                + " parked_at = ? WHERE event_id = ?",
                        attempts[0],
                        Statements.failureText(failure),
                        Timestamp.from(now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait)),
                        park ? Timestamp.from(now) : null,
                        id);
                if (park) {
                    LOG.error(
                            "Payment event {} failed {} times and is parked for an operator", id, attempts[0], failure);
                } else {
                    LOG.warn("Payment event {} failed (attempt {}); will try again", id, attempts[0], failure);
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not record the failure of payment event {}; it is tried again as it was", id, e);
        }
    }

    /** Parked events, oldest first, for the operators' page. */
    public List<ParkedPaymentEvent> parked() {
        return transactions.executeRead(status -> {
            List<ParkedPaymentEvent> parked = new ArrayList<>();
            Statements.query(
                    jdbc,
                    "SELECT event_id, event_type, received_at, attempts, last_error FROM orders_payment_event"
                            + " WHERE parked_at IS NOT NULL AND processed_at IS NULL ORDER BY received_at LIMIT 100",
                    rows -> parked.add(new ParkedPaymentEvent(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getTimestamp(3).toInstant(),
                            rows.getInt(4),
                            rows.getString(5))));
            return parked;
        });
    }

    /** Gives a parked event a fresh start (after an operator fixed its cause). */
    public void retry(String eventId) {
        int changed = transactions.executeWrite(status -> Statements.update(
                jdbc,
                "UPDATE orders_payment_event SET parked_at = NULL, attempts = 0, next_attempt_at = NULL"
                        + " WHERE event_id = ? AND parked_at IS NOT NULL AND processed_at IS NULL",
                eventId));
        if (changed == 0) {
            throw new NotFoundException("payment-event.not-found", String.valueOf(eventId));
        }
    }

    /** Events not yet applied and not parked, and parked ones. */
    public long[] backlog() {
        return transactions.executeRead(status -> {
            long[] counts = new long[2];
            Statements.query(
                    jdbc,
                    "SELECT COUNT(*), COALESCE(SUM(parked_at IS NOT NULL), 0) FROM orders_payment_event"
                            + " WHERE processed_at IS NULL",
                    rows -> {
                        counts[0] = rows.getLong(1);
                        counts[1] = rows.getLong(2);
                    });
            return new long[] {counts[0] - counts[1], counts[1]};
        });
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
        if (intent == null || intent.get("id") == null || !intent.get("id").isString()) {
            throw new IllegalStateException("Payment event " + event.id() + " cannot be read: no payment intent in it");
        }
        String intentId = intent.get("id").getStringValue();
        if (event.type().equals("payment_intent.succeeded")) {
            payments.succeeded(intentId);
        } else if (intent.get("status") != null) {
            payments.statusChanged(intentId, intent.get("status").getStringValue());
        }
    }
}
