package org.techan.orders.internal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.techan.catalog.CatalogReads;
import org.techan.orders.OrderRefunded;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

/**
 * Refunds in full or in parts against the group's PaymentIntent. Each part has its own
 * idempotency key (order and part number), so a retried request refunds once.
 */
@Singleton
class Refunds {

    private final JdbcOperations jdbc;
    private final StripeClient stripe;
    private final CatalogReads catalog;
    private final OrderGroups groups;
    private final Outbox outbox;
    private final Clock clock;

    Refunds(
            JdbcOperations jdbc,
            StripeClient stripe,
            CatalogReads catalog,
            OrderGroups groups,
            Outbox outbox,
            Clock clock) {
        this.jdbc = jdbc;
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

    @Transactional
    public OrderView refund(Actor actor, String orderNumber, BigDecimal amount, String reason) {
        Paid order = lock(orderNumber);
        if (actor.role() != Role.OPERATOR && !catalog.shopOf(actor).slug().equals(order.shopSlug())) {
            throw new NotFoundException("order.not-found", orderNumber);
        }
        return give(order, orderNumber, amount, reason, actor);
    }

    /**
     * Gives money back for the marketplace's own rules (a line refused at a pickup store, the no-show
     * policy), whoever's order it is; {@code actor} is the clerk, or none for a scheduled rule.
     */
    @Transactional
    public OrderView refundByRule(@Nullable Actor actor, String orderNumber, BigDecimal amount, String reason) {
        return give(lock(orderNumber), orderNumber, amount, reason, actor);
    }

    private OrderView give(Paid order, String orderNumber, BigDecimal amount, String reason, @Nullable Actor actor) {
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
        int part = order.parts() + 1;
        Refund refund;
        try {
            refund = stripe.refunds()
                    .create(
                            RefundCreateParams.builder()
                                    .setPaymentIntent(order.intentId())
                                    .setAmount(amount.movePointRight(2).longValueExact())
                                    .build(),
                            RequestOptions.builder()
                                    .setIdempotencyKey("refund-" + orderNumber + "-" + part)
                                    .build());
        } catch (StripeException e) {
            throw new ConflictException("payment.unavailable");
        }
        Statements.update(
                jdbc,
                "INSERT INTO orders_refund (order_id, seq, amount, refund_id, reason, actor_id, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                order.id(),
                part,
                amount,
                refund.getId(),
                why,
                actor == null ? null : actor.accountId(),
                Timestamp.from(clock.instant()));
        boolean complete = amount.compareTo(left) == 0;
        if (complete) {
            Statements.update(jdbc, "UPDATE orders_order SET state = 'REFUNDED' WHERE id = ?", order.id());
            Transitions.record(jdbc, order.id(), order.state(), OrderState.REFUNDED, actor, why, clock.instant());
        }
        outbox.publish(OrdersSchema.OUTBOX, new OrderRefunded(orderNumber, amount, complete));
        return groups.order(order.id());
    }

    private Paid lock(String orderNumber) {
        List<Paid> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT o.id, o.shop_slug, o.state, o.total, p.intent_id,"
                        + " (SELECT COALESCE(SUM(r.amount), 0) FROM orders_refund r WHERE r.order_id = o.id),"
                        + " (SELECT COUNT(*) FROM orders_refund r WHERE r.order_id = o.id)"
                        + " FROM orders_order o JOIN orders_payment p ON p.group_id = o.group_id"
                        + " WHERE o.number = ? FOR UPDATE",
                rows -> found.add(new Paid(
                        rows.getLong(1),
                        rows.getString(2),
                        OrderState.valueOf(rows.getString(3)),
                        rows.getBigDecimal(4),
                        rows.getString(5),
                        rows.getBigDecimal(6),
                        rows.getInt(7))),
                orderNumber == null ? "" : orderNumber.strip());
        if (found.isEmpty()) {
            throw new NotFoundException("order.not-found", String.valueOf(orderNumber));
        }
        return found.get(0);
    }
}
