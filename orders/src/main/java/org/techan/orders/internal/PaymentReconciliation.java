package org.techan.orders.internal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the provider about payments still open a while after they started, in case a webhook was
 * lost: a succeeded intent is applied as if its webhook had come. Reads run outside any lock;
 * applying is the same idempotent step the webhook takes, so replicas may overlap harmlessly.
 */
@Singleton
@Requires(property = "techan.payments.reconciliation.enabled", notEquals = "false")
class PaymentReconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentReconciliation.class);

    private static final int BATCH = 50;

    private final TransactionOperations<Connection> transactions;
    private final StripeClient stripe;
    private final Payments payments;
    private final Clock clock;
    private final Duration quietFor;

    /** {@code quietFor}: long enough for the webhook to have come, short enough that no buyer waits long. */
    PaymentReconciliation(
            TransactionOperations<Connection> transactions,
            StripeClient stripe,
            Payments payments,
            Clock clock,
            @Value("${techan.payments.reconciliation-quiet:2m}") Duration quietFor) {
        this.transactions = transactions;
        this.stripe = stripe;
        this.payments = payments;
        this.clock = clock;
        this.quietFor = quietFor;
    }

    @Scheduled(
            fixedDelay = "${techan.payments.reconciliation-interval:1m}",
            initialDelay = "${techan.payments.reconciliation-interval:1m}")
    void reconcile() {
        for (String intentId : openIntents()) {
            try {
                PaymentIntent intent = stripe.paymentIntents().retrieve(intentId);
                if ("succeeded".equals(intent.getStatus())) {
                    LOG.warn("Payment {} succeeded without its webhook arriving; applying it now", intentId);
                    payments.succeeded(intentId);
                } else {
                    payments.statusChanged(intentId, intent.getStatus());
                }
            } catch (StripeException | RuntimeException e) {
                LOG.warn("Could not reconcile payment {}; will try again", intentId, e);
            }
        }
    }

    /** Intents not known to have succeeded, started long enough ago, whose checkout is still unpaid. */
    List<String> openIntents() {
        return transactions.executeRead(status -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = status.getConnection()
                    .prepareStatement("SELECT p.intent_id FROM orders_payment p"
                            + " WHERE p.status <> 'succeeded' AND p.updated_at < ?"
                            + " AND EXISTS (SELECT 1 FROM orders_order o WHERE o.group_id = p.group_id"
                            + " AND o.state = 'PENDING_PAYMENT') ORDER BY p.updated_at LIMIT " + BATCH)) {
                select.setTimestamp(1, Timestamp.from(clock.instant().minus(quietFor)));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            return ids;
        });
    }
}
