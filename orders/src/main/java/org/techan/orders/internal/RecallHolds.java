package org.techan.orders.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.techan.catalog.BatchRecalled;
import org.techan.catalog.ReservationStatus;
import org.techan.catalog.StockPort;
import org.techan.catalog.StockReservation;
import org.techan.orders.OrderRecalled;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.OutboxSubscriber;
import org.techan.platform.RuleViolationException;

/**
 * A recalled batch stops the paid orders that bought units of it: each is held from packing,
 * shipping and hand-over (the timeline says why) and its buyer is told, until the shop or an
 * operator resolves it (goods replaced, say) or refunds it. Holding twice changes nothing.
 */
@Singleton
class RecallHolds implements OutboxSubscriber<BatchRecalled> {

    /** Orders still at the shop or the pickup store: a hold can keep them there. */
    private static final Set<OrderState> STOPPABLE =
            EnumSet.of(OrderState.PAID, OrderState.PACKED, OrderState.SHIPPED, OrderState.READY_FOR_PICKUP);

    private final JdbcOperations jdbc;
    private final StockPort stock;
    private final OrderMoves moves;
    private final OrderGroups groups;
    private final Outbox outbox;
    private final Clock clock;

    RecallHolds(
            JdbcOperations jdbc, StockPort stock, OrderMoves moves, OrderGroups groups, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.stock = stock;
        this.moves = moves;
        this.groups = groups;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Class<BatchRecalled> eventType() {
        return BatchRecalled.class;
    }

    @Override
    @Transactional
    public void on(BatchRecalled event, String eventId) {
        for (String reference : event.reservations()) {
            // A checkout unpaid at the recall and paid since took its units from another batch (or
            // was paid back); only one that really bought units of this batch is held.
            StockReservation bought = stock.reservation(reference);
            if (bought.status() == ReservationStatus.COMMITTED
                    && bought.allocations().stream().anyMatch(a -> a.traceCode().equals(event.traceCode()))) {
                hold(reference, event.skuId(), event.traceCode());
            }
        }
    }

    private void hold(String groupNumber, long skuId, String traceCode) {
        List<Long> groupIds = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id FROM orders_group WHERE number = ?",
                rows -> groupIds.add(rows.getLong(1)),
                groupNumber);
        if (groupIds.isEmpty()) {
            return;
        }
        for (OrderMoves.Locked order : moves.lockGroup(groupIds.get(0))) {
            if (STOPPABLE.contains(order.state()) && order.recallHold() == null && buys(order.id(), skuId)) {
                Statements.update(jdbc, "UPDATE orders_order SET recall_hold = ? WHERE id = ?", traceCode, order.id());
                Transitions.record(
                        jdbc,
                        order.id(),
                        order.state(),
                        order.state(),
                        null,
                        "批次 " + traceCode + " 已召回，暂停发货与提货 / batch recalled: held",
                        clock.instant());
                outbox.publish(
                        OrdersSchema.OUTBOX, new OrderRecalled(order.number(), order.groupNumber(), traceCode, false));
            }
        }
    }

    private boolean buys(long orderId, long skuId) {
        boolean[] found = {false};
        Statements.query(
                jdbc,
                "SELECT 1 FROM orders_line WHERE order_id = ? AND sku_id = ?",
                rows -> found[0] = true,
                orderId,
                skuId);
        return found[0];
    }

    /**
     * The shop's staff or an operator lets a held order go on, saying how the recall was dealt
     * with (the goods replaced from a sound batch, say); the note goes on the timeline.
     *
     * @throws NotFoundException for another shop's order
     * @throws ConflictException when the order is not held
     * @throws RuleViolationException without a note, or one over 150 characters
     */
    @Transactional
    public OrderView release(Actor actor, String orderNumber, @Nullable String note) {
        OrderMoves.Locked order =
                actor.isOperator() ? moves.lockOrder(orderNumber) : moves.ownOrder(actor, orderNumber);
        String why = note == null ? "" : note.strip();
        if (why.isEmpty() || why.length() > 150) {
            throw new RuleViolationException("order.recall-hold.note-required");
        }
        if (order.recallHold() == null) {
            throw new ConflictException("order.recall-hold.none", order.number());
        }
        Statements.update(jdbc, "UPDATE orders_order SET recall_hold = NULL WHERE id = ?", order.id());
        Transitions.record(
                jdbc,
                order.id(),
                order.state(),
                order.state(),
                actor,
                "召回已处理 / recall resolved: " + why,
                clock.instant());
        return groups.order(order.id());
    }
}
