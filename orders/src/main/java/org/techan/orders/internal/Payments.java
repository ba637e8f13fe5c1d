package org.techan.orders.internal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderState;
import org.techan.orders.PaymentView;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.StripeEndpoint;

/**
 * One PaymentIntent per order group, every provider call with an idempotency key. A checkout
 * counts as paid when the provider says so, through the webhook or the answer to a confirmation,
 * whichever comes first; the other then changes nothing.
 */
@Singleton
class Payments {

    private static final Logger LOG = LoggerFactory.getLogger(Payments.class);
    private static final String CURRENCY = "cny";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final StripeClient stripe;
    private final StripeEndpoint endpoint;
    private final OrderGroups groups;
    private final OrderMoves moves;
    private final Refunds refunds;
    private final Clock clock;

    Payments(
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            StripeClient stripe,
            StripeEndpoint endpoint,
            OrderGroups groups,
            OrderMoves moves,
            Refunds refunds,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.stripe = stripe;
        this.endpoint = endpoint;
        this.groups = groups;
        this.moves = moves;
        this.refunds = refunds;
        this.clock = clock;
    }

    /**
     * The group's PaymentIntent, created on first ask. No connection or lock is held while Stripe
     * is called (the stub answers from this very application and needs connections of its own);
     * simultaneous asks send Stripe the same idempotency key, get the same intent, and the first
     * row written wins.
     */
    public PaymentView payment(Actor consumer, String groupNumber) {
        Payable payable = transactions.executeWrite(status -> payable(consumer, groupNumber));
        if (payable.existing() != null) {
            return payable.existing().clientSecret() != null
                    ? payable.existing()
                    : withClientSecret(payable.groupId(), payable.existing());
        }
        OrderGroupView group = payable.group();
        long amountFen = group.total().movePointRight(2).longValueExact();
        PaymentIntent intent;
        try {
            intent = stripe.paymentIntents()
                    .create(
                            PaymentIntentCreateParams.builder()
                                    .setAmount(amountFen)
                                    .setCurrency(CURRENCY)
                                    .putMetadata("group", group.number())
                                    .setDescription("特产馆订单 " + group.number())
                                    .build(),
                            RequestOptions.builder()
                                    .setIdempotencyKey("pi-create-" + group.number())
                                    .build());
        } catch (StripeException e) {
            LOG.warn("Could not create the PaymentIntent of {}", group.number(), e);
            throw new ConflictException("payment.unavailable");
        }
        return transactions.executeWrite(status -> {
            // One writer per group at a time (group rows first, as everywhere): the first to get
            // here writes the row, the others find it.
            moves.lockGroup(payable.groupId());
            Optional<PaymentView> first = existing(group.number(), payable.groupId());
            if (first.isPresent()) {
                return first.get();
            }
            Timestamp now = Timestamp.from(clock.instant());
            Statements.update(
                    jdbc,
                    "INSERT INTO orders_payment (group_id, intent_id, client_secret, amount_fen, currency,"
                            + " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    payable.groupId(),
                    intent.getId(),
                    intent.getClientSecret(),
                    amountFen,
                    CURRENCY,
                    intent.getStatus(),
                    now,
                    now);
            return existing(group.number(), payable.groupId()).orElseThrow();
        });
    }

    /** A payment started before client secrets were kept: its secret is fetched once and kept. */
    private PaymentView withClientSecret(long groupId, PaymentView payment) {
        String secret = intent(payment).getClientSecret();
        transactions.executeWrite(status -> Statements.update(
                jdbc, "UPDATE orders_payment SET client_secret = ? WHERE group_id = ?", secret, groupId));
        return new PaymentView(
                payment.groupNumber(),
                payment.intentId(),
                payment.amount(),
                payment.currency(),
                payment.status(),
                secret,
                payment.publishableKey());
    }

    /** The buyer's group, and its payment if one was made already. */
    private record Payable(long groupId, OrderGroupView group, @Nullable PaymentView existing) {}

    private Payable payable(Actor consumer, String groupNumber) {
        long groupId = groups.ownId(consumer.accountId(), groupNumber);
        OrderGroupView group = groups.view(groupId);
        List<OrderMoves.Locked> orders = moves.lockGroup(groupId);
        Optional<PaymentView> existing = existing(group.number(), groupId);
        if (existing.isPresent()) {
            return new Payable(groupId, group, existing.get());
        }
        if (orders.stream().anyMatch(o -> o.state() != OrderState.PENDING_PAYMENT)) {
            throw new ConflictException("payment.not-payable", group.number());
        }
        return new Payable(groupId, group, null);
    }

    /** A locking read (under the group's lock): it sees rows committed after this transaction's snapshot. */
    private Optional<PaymentView> existing(String groupNumber, long groupId) {
        List<PaymentView> existing = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT intent_id, amount_fen, currency, status, client_secret FROM orders_payment"
                        + " WHERE group_id = ? LOCK IN SHARE MODE",
                rows -> existing.add(new PaymentView(
                        groupNumber,
                        rows.getString(1),
                        BigDecimal.valueOf(rows.getLong(2), 2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        endpoint.publishableKey())),
                groupId);
        return existing.stream().findFirst();
    }

    /**
     * The buyer is back from confirming in the browser (or a program says it confirmed): the
     * provider is asked how the payment stands and its answer is applied, as its webhook will be
     * a moment later. Nothing the caller says about the outcome is believed.
     */
    public void checkOutcome(Actor consumer, String groupNumber) {
        Optional<String> intentId = transactions.executeRead(status -> {
            long groupId = groups.ownId(consumer.accountId(), groupNumber);
            List<String> ids = new ArrayList<>();
            Statements.query(
                    jdbc,
                    "SELECT intent_id FROM orders_payment WHERE group_id = ?",
                    rows -> ids.add(rows.getString(1)),
                    groupId);
            return ids.stream().findFirst();
        });
        if (intentId.isEmpty()) {
            return;
        }
        PaymentIntent intent = intent(intentId.get(), groupNumber);
        if ("succeeded".equals(intent.getStatus())) {
            succeeded(intent.getId());
        } else {
            statusChanged(intent.getId(), intent.getStatus());
        }
    }

    private PaymentIntent intent(PaymentView payment) {
        return intent(payment.intentId(), payment.groupNumber());
    }

    private PaymentIntent intent(String intentId, String groupNumber) {
        try {
            return stripe.paymentIntents().retrieve(intentId);
        } catch (StripeException e) {
            LOG.warn("Could not read the PaymentIntent of {}", groupNumber, e);
            throw new ConflictException("payment.unavailable");
        }
    }

    /** The provider took the money: the group's orders become PAID and their stock is sold. Repeats change nothing. */
    @Transactional
    public void succeeded(String intentId) {
        List<long[]> found = new ArrayList<>();
        boolean[] heardBefore = {false};
        Statements.query(
                jdbc,
                "SELECT group_id, status FROM orders_payment WHERE intent_id = ?",
                rows -> {
                    found.add(new long[] {rows.getLong(1)});
                    heardBefore[0] = "succeeded".equals(rows.getString(2));
                },
                intentId);
        if (found.isEmpty()) {
            LOG.info("Payment news for {} belongs to no checkout; ignored", intentId);
            return;
        }
        if (heardBefore[0]) {
            // The group was moved in the same transaction that wrote this status: a repeat (the
            // webhook after a card confirmation) has nothing to do, and locks nothing that a
            // clerk handing the order over may be holding.
            return;
        }
        // The group's rows first, the payment's second, as payment() takes them: no deadlock.
        OrderMoves.PaidOutcome outcome = moves.paid(found.get(0)[0], intentId);
        Statements.update(
                jdbc,
                "UPDATE orders_payment SET status = 'succeeded', updated_at = ? WHERE intent_id = ?",
                Timestamp.from(clock.instant()),
                intentId);
        if (outcome != OrderMoves.PaidOutcome.SOLD) {
            LOG.warn("Checkout {} was paid but could not be sold ({}); refunding in full", found.get(0)[0], outcome);
            refunds.returnPayment(
                    found.get(0)[0],
                    switch (outcome) {
                        case RECALLED -> Refunds.RECALLED_BATCH;
                        case OUT_OF_DATE -> Refunds.OUT_OF_DATE_BATCH;
                        default -> Refunds.LATE_PAYMENT;
                    });
        }
    }

    /** Payment news other than success only updates what the page shows, never a success already heard. */
    @Transactional
    public void statusChanged(String intentId, String status) {
        Statements.update(
                jdbc,
                "UPDATE orders_payment SET status = ?, updated_at = ? WHERE intent_id = ? AND status <> 'succeeded'",
                status,
                Timestamp.from(clock.instant()),
                intentId);
    }
}
