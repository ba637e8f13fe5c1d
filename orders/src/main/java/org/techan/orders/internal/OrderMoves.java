package org.techan.orders.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.RegionCode;
import org.techan.catalog.ReservationStatus;
import org.techan.catalog.StockPort;
import org.techan.catalog.StockReservation;
import org.techan.catalog.TemperatureClass;
import org.techan.orders.Fulfilment;
import org.techan.orders.OrderCancelled;
import org.techan.orders.OrderPaid;
import org.techan.orders.OrderPastShelfLife;
import org.techan.orders.OrderRecalled;
import org.techan.orders.OrderShipped;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.RuleViolationException;

/**
 * Moves orders along their lifecycle, one locked row at a time: a move the lifecycle does not
 * allow is refused with nothing changed, and every move lands on the timeline.
 */
@Singleton
class OrderMoves {

    /** What a shop's staff may do to its own orders; payments, buyers and store clerks do the rest. */
    private static final Set<OrderState> STAFF_MOVES = EnumSet.of(OrderState.PACKED, OrderState.SHIPPED);

    /** What a shop's staff do to an order collected at its producing base: nobody else is there. */
    private static final Set<OrderState> COLLECTION_MOVES =
            EnumSet.of(OrderState.PACKED, OrderState.READY_FOR_PICKUP, OrderState.PICKED_UP);

    /** What an order holding a recalled batch may not do until someone resolves it: leave the shop or the store. */
    private static final Set<OrderState> HELD_BY_RECALL =
            EnumSet.of(OrderState.PACKED, OrderState.SHIPPED, OrderState.PICKED_UP);

    private static final Pattern TRACKING = Pattern.compile("[A-Za-z0-9-]{6,40}");

    private final JdbcOperations jdbc;
    private final CatalogReads catalog;
    private final StockPort stock;
    private final OrderGroups groups;
    private final Outbox outbox;
    private final Clock clock;
    private final Stores stores;

    OrderMoves(
            JdbcOperations jdbc,
            CatalogReads catalog,
            StockPort stock,
            OrderGroups groups,
            Outbox outbox,
            Clock clock,
            Stores stores) {
        this.stores = stores;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.stock = stock;
        this.groups = groups;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An order locked for a move, with what decides which moves fit it. */
    record Locked(
            long id,
            String number,
            String groupNumber,
            String shopSlug,
            OrderState state,
            Fulfilment fulfilment,
            @Nullable Long slotId,
            @Nullable Long storeId,
            TemperatureClass temperature,
            int shelfLifeDays,
            long accountId,
            @Nullable String recallHold) {

        Locked in(OrderState moved) {
            return new Locked(
                    id,
                    number,
                    groupNumber,
                    shopSlug,
                    moved,
                    fulfilment,
                    slotId,
                    storeId,
                    temperature,
                    shelfLifeDays,
                    accountId,
                    recallHold);
        }
    }

    /**
     * The buyer gives up an unpaid checkout: every order cancelled, the stock back on sale. Answers
     * the group's id, to be read after the commit: a repeat that waited on the lock sees the orders
     * cancelled, but its snapshot, taken before, would still show them unpaid.
     */
    @Transactional
    public long cancelUnpaid(Actor consumer, String groupNumber) {
        long groupId = groups.ownId(consumer.accountId(), groupNumber);
        List<Locked> orders = lockGroup(groupId);
        if (orders.stream()
                .anyMatch(o -> o.state() != OrderState.PENDING_PAYMENT && o.state() != OrderState.CANCELLED)) {
            throw new ConflictException("order.cancel.paid", groupNumber);
        }
        cancelPending(orders, consumer, "cancelled by the buyer");
        stock.release(orders.get(0).groupNumber());
        return groupId;
    }

    /** Nobody paid in time and the catalog took the stock back: the unpaid orders are cancelled. */
    @Transactional
    public void expired(String groupNumber) {
        List<Long> ids = new ArrayList<>();
        Statements.query(
                jdbc, "SELECT id FROM orders_group WHERE number = ?", rows -> ids.add(rows.getLong(1)), groupNumber);
        if (!ids.isEmpty()) {
            cancelPending(lockGroup(ids.get(0)), null, "payment window passed");
        }
    }

    /** What a payment did to its checkout. */
    enum PaidOutcome {
        /** The orders are paid and their stock sold (now or before). */
        SOLD,
        /** The checkout was cancelled first: the money must go back. */
        TOO_LATE,
        /** A batch it held was recalled and no other batch had the units: cancelled, the money goes back. */
        RECALLED,
        /** Fresh goods it held passed their shelf life and no fresher batch had the units: as RECALLED. */
        OUT_OF_DATE
    }

    /**
     * A checkout was paid: its unpaid orders become PAID and their stock is sold to the delivery
     * address's region, units of a batch recalled or past its shelf life meanwhile taken from another
     * batch if one has them.
     */
    @Transactional
    public PaidOutcome paid(long groupId, String intentId) {
        List<Locked> orders = lockGroup(groupId);
        if (orders.stream().allMatch(o -> o.state() != OrderState.PENDING_PAYMENT)) {
            return orders.stream().noneMatch(o -> o.state() == OrderState.CANCELLED)
                    ? PaidOutcome.SOLD
                    : PaidOutcome.TOO_LATE;
        }
        StockReservation sold;
        try {
            sold = stock.commit(orders.get(0).groupNumber(), destination(groupId, orders));
        } catch (ConflictException expired) {
            cancelPending(orders, null, "payment window passed");
            return PaidOutcome.TOO_LATE;
        }
        if (sold.status() == ReservationStatus.RECALLED) {
            cancelPending(orders, null, "batch recalled before payment");
            for (Locked order : orders) {
                outbox.publish(OrdersSchema.OUTBOX, new OrderRecalled(order.number(), order.groupNumber(), null, true));
            }
            return PaidOutcome.RECALLED;
        }
        if (sold.status() == ReservationStatus.OUT_OF_DATE) {
            cancelPending(orders, null, "goods past their shelf life before payment");
            for (Locked order : orders) {
                outbox.publish(OrdersSchema.OUTBOX, new OrderPastShelfLife(order.number(), order.groupNumber()));
            }
            return PaidOutcome.OUT_OF_DATE;
        }
        for (Locked order : orders) {
            if (order.state() == OrderState.PENDING_PAYMENT) {
                move(order, OrderState.PAID, null, "paid " + intentId);
            }
        }
        outbox.publish(OrdersSchema.OUTBOX, new OrderPaid(orders.get(0).groupNumber()));
        return PaidOutcome.SOLD;
    }

    /**
     * A shop's staff pack, ship or hand orders to a pickup store; for an order collected at its
     * producing base, they make it ready there and record its collection, which completes it.
     *
     * @throws NotFoundException for another shop's order
     * @throws NotAllowedException for moves that are not the shop's to make
     * @throws ConflictException for a move the lifecycle does not allow from where the order is
     */
    @Transactional
    public OrderView advance(Actor staff, String orderNumber, OrderState next) {
        Locked order = ownOrder(staff, orderNumber);
        boolean collection = order.fulfilment() == Fulfilment.COLLECTION;
        if (!(collection ? COLLECTION_MOVES : STAFF_MOVES).contains(next)) {
            throw new NotAllowedException("order.move.not-yours", next);
        }
        if (next == OrderState.PICKED_UP) {
            move(move(order, next, staff, null), OrderState.COMPLETED, staff, null);
            return groups.order(order.id());
        }
        if (next == OrderState.SHIPPED && order.fulfilment() == Fulfilment.DELIVERY) {
            throw new RuleViolationException("order.ship.tracking-required", orderNumber);
        }
        move(order, next, staff, null);
        return groups.order(order.id());
    }

    /**
     * A shop hands a delivery to a courier: packed first if it was not, then shipped with the
     * carrier and tracking number the buyer sees.
     */
    @Transactional
    public OrderView ship(Actor staff, String orderNumber, String carrier, String trackingNumber) {
        Locked order = ownOrder(staff, orderNumber);
        String courier = carrier == null ? "" : carrier.strip();
        String tracking = trackingNumber == null ? "" : trackingNumber.strip();
        if (courier.isEmpty()
                || courier.length() > 40
                || !TRACKING.matcher(tracking).matches()) {
            throw new RuleViolationException("order.ship.tracking-invalid");
        }
        if (order.fulfilment() != Fulfilment.DELIVERY) {
            throw new ConflictException("order.ship.pickup", orderNumber);
        }
        if (order.state() == OrderState.PAID) {
            order = move(order, OrderState.PACKED, staff, null);
        }
        move(order, OrderState.SHIPPED, staff, courier + " " + tracking);
        Statements.update(
                jdbc,
                "UPDATE orders_order SET carrier = ?, tracking_number = ? WHERE id = ?",
                courier,
                tracking,
                order.id());
        outbox.publish(OrdersSchema.OUTBOX, new OrderShipped(order.number(), order.groupNumber()));
        return groups.order(order.id());
    }

    /** The buyer confirms a delivery arrived; that completes the order. */
    @Transactional
    public OrderView confirmReceipt(Actor consumer, String orderNumber) {
        Locked order = lockOrder(orderNumber);
        if (order.accountId() != consumer.accountId()) {
            throw new NotFoundException("order.not-found", orderNumber);
        }
        Locked delivered = move(order, OrderState.DELIVERED, consumer, null);
        move(delivered, OrderState.COMPLETED, consumer, null);
        return groups.order(order.id());
    }

    /** Where the sold stock went, for tracing: the delivery address, or the store of a collected order. */
    private RegionCode destination(long groupId, List<Locked> orders) {
        String region = groups.view(groupId).address().regionCode();
        if (region == null) {
            Long storeId = orders.stream()
                    .map(Locked::storeId)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElseThrow();
            region = stores.storeById(storeId).regionCode();
        }
        return RegionCode.parse(region);
    }

    Locked ownOrder(Actor staff, String orderNumber) {
        String shop = catalog.shopOf(staff).slug();
        Locked order = lockOrder(orderNumber);
        if (!order.shopSlug().equals(shop)) {
            throw new NotFoundException("order.not-found", orderNumber);
        }
        return order;
    }

    private void cancelPending(List<Locked> orders, @Nullable Actor actor, String note) {
        for (Locked order : orders) {
            if (order.state() == OrderState.PENDING_PAYMENT) {
                move(order, OrderState.CANCELLED, actor, note);
                if (order.slotId() != null) {
                    stores.release(order.slotId(), order.temperature());
                }
                outbox.publish(OrdersSchema.OUTBOX, new OrderCancelled(order.number(), order.groupNumber()));
            }
        }
    }

    /** Moves a locked order one step and records it; answers the order in its new state. */
    Locked move(Locked order, OrderState next, @Nullable Actor actor, @Nullable String note) {
        if (!order.fulfilment().allows(order.state(), next)) {
            throw new ConflictException("order.transition.illegal", order.number(), order.state(), next);
        }
        if (order.recallHold() != null && HELD_BY_RECALL.contains(next)) {
            throw new ConflictException("order.recall-hold", order.number(), order.recallHold());
        }
        Statements.update(jdbc, "UPDATE orders_order SET state = ? WHERE id = ?", next.name(), order.id());
        Transitions.record(jdbc, order.id(), order.state(), next, actor, note, clock.instant());
        return order.in(next);
    }

    /** Locks the group's row and its orders', always in this order, before anything of theirs is written. */
    List<Locked> lockGroup(long groupId) {
        List<Locked> orders = new ArrayList<>();
        Statements.query(
                jdbc,
                LOCKED_COLUMNS
                        + " JOIN orders_group g ON g.id = o.group_id WHERE o.group_id = ? ORDER BY o.id FOR UPDATE",
                rows -> orders.add(locked(rows)),
                groupId);
        return orders;
    }

    Locked lockOrder(String number) {
        List<Locked> orders = new ArrayList<>();
        Statements.query(
                jdbc,
                LOCKED_COLUMNS + " JOIN orders_group g ON g.id = o.group_id WHERE o.number = ? FOR UPDATE",
                rows -> orders.add(locked(rows)),
                number == null ? "" : number.strip());
        if (orders.isEmpty()) {
            throw new NotFoundException("order.not-found", String.valueOf(number));
        }
        return orders.get(0);
    }

    static final String LOCKED_COLUMNS = "SELECT o.id, o.number, g.number, o.shop_slug, o.state, o.fulfilment,"
            + " o.slot_id, o.store_id, o.temperature, o.shelf_life_days, g.account_id, o.recall_hold FROM orders_order o";

    static Locked locked(ResultSet rows) throws SQLException {
        return new Locked(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                OrderState.valueOf(rows.getString(5)),
                Fulfilment.valueOf(rows.getString(6)),
                (Long) rows.getObject(7, Long.class),
                (Long) rows.getObject(8, Long.class),
                TemperatureClass.valueOf(rows.getString(9)),
                rows.getInt(10),
                rows.getLong(11),
                rows.getString(12));
    }
}
