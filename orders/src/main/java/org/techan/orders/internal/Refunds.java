package org.techan.orders.internal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
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
import org.techan.catalog.CatalogReads;
import org.techan.orders.OrderRefunded;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.RefundedLine;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

/**
 * Refunds in full or in parts against the group's PaymentIntent. A refund is written down in the
 * transaction that decides it and sent to the provider after that commits ({@link #sendDue()}),
 * each part with its own idempotency key (order and part number), so it is paid back exactly once
 * however often sending is repeated, and never forgotten by a rollback.
 */
@Singleton
class Refunds {

    static final String LATE_PAYMENT = "付款晚于订单取消，全额退回 / paid after the order was cancelled";
    static final String OUT_OF_DATE_BATCH =
            "所购生鲜付款前已过保质期且无更新鲜批次可替，全额退回 / the goods passed their shelf life before payment and no fresher batch could stand in";
    static final String RECALLED_BATCH = "所购批次已召回且无其他批次可替，全额退回 / the batch was recalled and no other could stand in";

    private static final Logger LOG = LoggerFactory.getLogger(Refunds.class);
    static final int SEND_BATCH = 20;
    /** Long enough for any provider call to end; a replica that died meanwhile loses its claim. */
    private static final Duration CLAIM = Duration.ofMinutes(1);

    private final JdbcOperations jdbc;
    private final PaymentNewsPace pace;
    private final TransactionOperations<Connection> transactions;
    private final StripeClient stripe;
    private final CatalogReads catalog;
    private final OrderGroups groups;
    private final Outbox outbox;
    private final Clock clock;

    Refunds(
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            StripeClient stripe,
            CatalogReads catalog,
            OrderGroups groups,
            Outbox outbox,
            Clock clock,
            PaymentNewsPace pace) {
        this.pace = pace;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.stripe = stripe;
        this.catalog = catalog;
        this.groups = groups;
        this.outbox = outbox;
        this.clock = clock;
    }

    private record Paid(
            long id,
            String shopSlug,
            OrderState state,
            BigDecimal total,
            String intentId,
            BigDecimal refunded,
            int parts) {}

    /**
     * A refund asked for by the shop or an operator. With a key, a repeat (even one sent at the same
     * moment, which waits for the order's lock) answers the order as the first left it and gives
     * nothing more; the same key with another amount is refused.
     */
    @Transactional
    public OrderView refund(
            Actor actor, String orderNumber, BigDecimal amount, String reason, @Nullable String requestKey) {
        return refund(actor, orderNumber, amount, reason, requestKey, null);
    }

    /** As {@link #refund(Actor, String, BigDecimal, String, String)}, for these lines (an after-sale's). */
    @Transactional
    public OrderView refund(
            Actor actor,
            String orderNumber,
            BigDecimal amount,
            String reason,
            @Nullable String requestKey,
            @Nullable List<RefundedLine> lines) {
        String key = requestKey == null ? null : requestKey.strip();
        if (key != null && (key.isEmpty() || key.length() > 100)) {
            throw new RuleViolationException("refund.key.invalid");
        }
        Paid order = lock(orderNumber);
        if (actor.role() != Role.OPERATOR && !catalog.shopOf(actor).slug().equals(order.shopSlug())) {
            throw new NotFoundException("order.not-found", orderNumber);
        }
        if (key != null) {
            Optional<BigDecimal> earlier = refundedUnder(order.id(), key);
            if (earlier.isPresent()) {
                if (amount == null || earlier.get().compareTo(amount) != 0) {
                    throw new ConflictException("refund.key-reused", key);
                }
                return groups.order(order.id());
            }
        }
        return give(order, orderNumber, amount, reason, actor, key, lines);
    }

    /** What the refund made under this key gave back, if there is one (a locking read: current). */
    private Optional<BigDecimal> refundedUnder(long orderId, String key) {
        List<BigDecimal> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT amount FROM orders_refund WHERE order_id = ? AND request_key = ? FOR UPDATE",
                rows -> found.add(rows.getBigDecimal(1)),
                orderId,
                key);
        return found.stream().findFirst();
    }

    /**
     * Gives money back for another module's rule (a weighing shortfall), once per {@code requestKey}:
     * a repeat answers the order and gives nothing more. {@code actor}'s act it answers is recorded.
     */
    @Transactional
    public OrderView refundByRule(
            Actor actor, String orderNumber, @Nullable RefundedLine line, String reason, String requestKey) {
        BigDecimal amount = line == null ? null : line.amount();
        String key = requestKey == null ? "" : requestKey.strip();
        if (key.isEmpty() || key.length() > 100) {
            throw new RuleViolationException("refund.key.invalid");
        }
        Paid order = lock(orderNumber);
        Optional<BigDecimal> earlier = refundedUnder(order.id(), key);
        if (earlier.isPresent()) {
            if (amount == null || earlier.get().compareTo(amount) != 0) {
                throw new ConflictException("refund.key-reused", key);
            }
            return groups.order(order.id());
        }
        return give(order, orderNumber, amount, reason, actor, key, line == null ? null : List.of(line));
    }

    /**
     * Gives money back for the marketplace's own rules (a line refused at a pickup store, the no-show
     * policy), whoever's order it is; {@code actor} is the clerk, or none for a scheduled rule.
     */
    @Transactional
    public OrderView refundByRule(@Nullable Actor actor, String orderNumber, BigDecimal amount, String reason) {
        return give(lock(orderNumber), orderNumber, amount, reason, actor, null, null);
    }

    private OrderView give(
            Paid order,
            String orderNumber,
            BigDecimal amount,
            String reason,
            @Nullable Actor actor,
            @Nullable String requestKey,
            @Nullable List<RefundedLine> lines) {
        // Money can go back exactly where the lifecycle lets an order end refunded.
        if (!order.state().canBecome(OrderState.REFUNDED)) {
            throw new ConflictException("refund.not-refundable", orderNumber, order.state());
        }
        BigDecimal left = order.total().subtract(order.refunded());
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(left) > 0) {
            throw new RuleViolationException("refund.amount.invalid", left);
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw new RuleViolationException("refund.reason.required");
        }
        record(order.id(), order.parts() + 1, amount, why, actor, requestKey);
        boolean complete = amount.compareTo(left) == 0;
        if (complete) {
            Statements.update(jdbc, "UPDATE orders_order SET state = 'REFUNDED' WHERE id = ?", order.id());
            Transitions.record(jdbc, order.id(), order.state(), OrderState.REFUNDED, actor, why, clock.instant());
        }
        outbox.publish(OrdersSchema.OUTBOX, new OrderRefunded(orderNumber, amount, complete, named(lines, amount)));
        return groups.order(order.id());
    }

    /** The lines a refund was for, when they add up to it (a capped request does not): else none. */
    private static @Nullable List<RefundedLine> named(@Nullable List<RefundedLine> lines, BigDecimal amount) {
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        BigDecimal sum = lines.stream().map(RefundedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.compareTo(amount) == 0 ? List.copyOf(lines) : null;
    }

    /**
     * Money arrived for a checkout that could not be sold (cancelled meanwhile, or its batch
     * recalled): each of its orders gets its whole total back, sent like every refund once this
     * transaction commits.
     */
    void returnPayment(long groupId, String why) {
        List<Long> orders = new ArrayList<>();
        List<BigDecimal> totals = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT o.id, o.total FROM orders_order o WHERE o.group_id = ? ORDER BY o.id FOR UPDATE",
                rows -> {
                    orders.add(rows.getLong(1));
                    totals.add(rows.getBigDecimal(2));
                },
                groupId);
        for (int i = 0; i < orders.size(); i++) {
            int parts = (Integer) refundedSoFar(orders.get(i))[1];
            record(orders.get(i), parts + 1, totals.get(i), why, null, null);
        }
    }

    /** What the buyer is owed, written down before the provider is asked to pay it back. */
    private void record(
            long orderId, int part, BigDecimal amount, String why, @Nullable Actor actor, @Nullable String requestKey) {
        Statements.update(
                jdbc,
                "INSERT INTO orders_refund (order_id, seq, amount, reason, actor_id, at, request_key)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                orderId,
                part,
                amount,
                why,
                actor == null ? null : actor.accountId(),
                Timestamp.from(clock.instant()),
                requestKey);
        pace.pace().wake();
    }

    /** A refund written down and not yet confirmed by the provider. */
    private record Unsent(long orderId, int part, BigDecimal amount, int attempts) {}

    /**
     * Sends the refunds now due to the provider, each with the idempotency key of its order and
     * part, so a repeat (after a crash, a timeout, another replica) pays back once. Rows are
     * claimed for a minute, and no transaction is open while the provider is called. A refund the
     * provider refuses is tried again later and later until it goes through; answers how many were due.
     */
    public int sendDue() {
        List<Unsent> due = transactions.executeWrite(status -> claimDue());
        for (Unsent refund : due) {
            send(refund);
        }
        return due.size();
    }

    private List<Unsent> claimDue() {
        Instant now = clock.instant();
        List<Unsent> due = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT order_id, seq, amount, attempts FROM orders_refund WHERE sent_at IS NULL"
                        + " AND (next_send_at IS NULL OR next_send_at <= ?) ORDER BY at LIMIT " + SEND_BATCH
                        + " FOR UPDATE SKIP LOCKED",
                rows -> due.add(new Unsent(rows.getLong(1), rows.getInt(2), rows.getBigDecimal(3), rows.getInt(4))),
                Timestamp.from(now));
        for (Unsent refund : due) {
            Statements.update(
                    jdbc,
                    "UPDATE orders_refund SET next_send_at = ? WHERE order_id = ? AND seq = ?",
                    Timestamp.from(now.plus(CLAIM)),
                    refund.orderId(),
                    refund.part());
        }
        return due;
    }

    private void send(Unsent refund) {
        String[] target = new String[2];
        transactions.executeRead(status -> {
            Statements.query(
                    jdbc,
                    "SELECT o.number, p.intent_id FROM orders_order o JOIN orders_payment p ON p.group_id = o.group_id"
                            + " WHERE o.id = ?",
                    rows -> {
                        target[0] = rows.getString(1);
                        target[1] = rows.getString(2);
                    },
                    refund.orderId());
            return null;
        });
        try {
            Refund sent = stripe.refunds()
                    .create(
                            RefundCreateParams.builder()
                                    .setPaymentIntent(target[1])
                                    .setAmount(refund.amount().movePointRight(2).longValueExact())
                                    .build(),
                            RequestOptions.builder()
                                    .setIdempotencyKey("refund-" + target[0] + "-" + refund.part())
                                    .build());
            transactions.executeWrite(status -> Statements.update(
                    jdbc,
                    "UPDATE orders_refund SET refund_id = ?, sent_at = ?, last_error = NULL"
                            + " WHERE order_id = ? AND seq = ?",
                    sent.getId(),
                    Timestamp.from(clock.instant()),
                    refund.orderId(),
                    refund.part()));
        } catch (StripeException | RuntimeException e) {
            int attempts = refund.attempts() + 1;
            Duration wait = Duration.ofSeconds(Math.min(600, 1L << Math.min(attempts, 10)));
            LOG.warn(
                    "Refund {} of order {} not sent (attempt {}); trying again in {}",
                    refund.part(),
                    target[0],
                    attempts,
                    wait,
                    e);
            transactions.executeWrite(status -> Statements.update(
                    jdbc,
                    "UPDATE orders_refund SET attempts = ?, next_send_at = ?, last_error = ?"
                            + " WHERE order_id = ? AND seq = ?",
                    attempts,
                    Timestamp.from(clock.instant().plus(wait)),
                    Statements.failureText(e),
                    refund.orderId(),
                    refund.part()));
        }
    }

    /** Refunds written down and not yet confirmed, and those the provider has refused five times or more. */
    long[] unsent() {
        return transactions.executeRead(status -> {
            long[] counts = new long[2];
            Statements.query(
                    jdbc,
                    "SELECT COUNT(*), COALESCE(SUM(attempts >= 5), 0) FROM orders_refund WHERE sent_at IS NULL",
                    rows -> {
                        counts[0] = rows.getLong(1);
                        counts[1] = rows.getLong(2);
                    });
            return counts;
        });
    }

    /**
     * The order locked, with what was refunded so far read after the lock by a locking read: a
     * plain read (or a subquery of the locking one) would show this transaction's snapshot, older
     * than a refund that committed while this one waited for the lock.
     */
    private Paid lock(String orderNumber) {
        List<Paid> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT o.id, o.shop_slug, o.state, o.total, p.intent_id"
                        + " FROM orders_order o JOIN orders_payment p ON p.group_id = o.group_id"
                        + " WHERE o.number = ? FOR UPDATE",
                rows -> found.add(new Paid(
                        rows.getLong(1),
                        rows.getString(2),
                        OrderState.valueOf(rows.getString(3)),
                        rows.getBigDecimal(4),
                        rows.getString(5),
                        BigDecimal.ZERO,
                        0)),
                orderNumber == null ? "" : orderNumber.strip());
        if (found.isEmpty()) {
            throw new NotFoundException("order.not-found", String.valueOf(orderNumber));
        }
        Paid order = found.get(0);
        Object[] refunded = refundedSoFar(order.id());
        return new Paid(
                order.id(),
                order.shopSlug(),
                order.state(),
                order.total(),
                order.intentId(),
                (BigDecimal) refunded[0],
                (Integer) refunded[1]);
    }

    /** The sum and number of the order's refunds, current (a locking read), for an order already locked. */
    private Object[] refundedSoFar(long orderId) {
        Object[] refunded = {BigDecimal.ZERO, 0};
        Statements.query(
                jdbc,
                "SELECT COALESCE(SUM(amount), 0), COUNT(*) FROM orders_refund WHERE order_id = ? FOR UPDATE",
                rows -> {
                    refunded[0] = rows.getBigDecimal(1);
                    refunded[1] = rows.getInt(2);
                },
                orderId);
        return refunded;
    }
}
