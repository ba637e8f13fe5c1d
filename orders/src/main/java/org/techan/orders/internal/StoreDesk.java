package org.techan.orders.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techan.orders.ConsignmentView;
import org.techan.orders.HandOverCommand;
import org.techan.orders.HandOverView;
import org.techan.orders.OrderLineView;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.PickupReady;
import org.techan.orders.StoreView;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.RuleViolationException;

/**
 * The store clerk's counter: consignments arriving from shops, orders waiting for their buyers,
 * and the hand-over against a 6-digit pickup code. A clerk sees only their own store's orders.
 */
@Singleton
class StoreDesk {

    private static final int CODE_ATTEMPTS = 20;

    private final JdbcOperations jdbc;
    private final Stores stores;
    private final OrderMoves moves;
    private final OrderGroups groups;
    private final Refunds refunds;
    private final Outbox outbox;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StoreDesk(
            JdbcOperations jdbc,
            Stores stores,
            OrderMoves moves,
            OrderGroups groups,
            Refunds refunds,
            Outbox outbox,
            Clock clock) {
        this.jdbc = jdbc;
        this.stores = stores;
        this.moves = moves;
        this.groups = groups;
        this.refunds = refunds;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Parcels on their way to the clerk's store (shipped) and being prepared (paid or packed). */
    @Transactional
    public List<ConsignmentView> consignments(Actor clerk) {
        long storeId = stores.storeIdOf(clerk);
        Map<String, List<String>> numbers = new LinkedHashMap<>();
        Map<String, Object[]> heads = new LinkedHashMap<>();
        Statements.query(
                jdbc,
                "SELECT o.shop_slug, o.shop_name_zh, sl.day, o.state IN ('SHIPPED'), o.number FROM orders_order o"
                        + " JOIN orders_pickup_slot sl ON sl.id = o.slot_id WHERE o.store_id = ?"
                        + " AND o.state IN ('PAID', 'PACKED', 'SHIPPED') ORDER BY sl.day, o.shop_slug, o.number",
                rows -> {
                    String key = rows.getString(1) + "|" + rows.getDate(3) + "|" + rows.getBoolean(4);
                    heads.putIfAbsent(key, new Object[] {
                        rows.getString(1), rows.getString(2), rows.getDate(3).toLocalDate(), rows.getBoolean(4)
                    });
                    numbers.computeIfAbsent(key, k -> new ArrayList<>()).add(rows.getString(5));
                },
                storeId);
        List<ConsignmentView> consignments = new ArrayList<>();
        heads.forEach((key, head) -> consignments.add(new ConsignmentView(
                (String) head[0], (String) head[1], (LocalDate) head[2], numbers.get(key), (Boolean) head[3])));
        return consignments;
    }

    /**
     * A shop's parcel for a collection day arrived: each order in it is ready, gets its pickup code
     * and a collect-by time, and its buyer is told.
     */
    @Transactional
    public int receive(Actor clerk, String shopSlug, LocalDate day) {
        Consignments.require(shopSlug, "consignment.shop.required", day);
        long storeId = stores.storeIdOf(clerk);
        StoreView store = stores.storeById(storeId);
        List<String> arrived = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT o.number FROM orders_order o JOIN orders_pickup_slot sl ON sl.id = o.slot_id"
                        + " WHERE o.store_id = ? AND o.shop_slug = ? AND sl.day = ? AND o.state = 'SHIPPED'"
                        + " ORDER BY o.id",
                rows -> arrived.add(rows.getString(1)),
                storeId,
                shopSlug,
                Date.valueOf(day));
        if (arrived.isEmpty()) {
            throw new NotFoundException("store.consignment.not-found", shopSlug, day);
        }
        for (String number : arrived) {
            OrderMoves.Locked order = moves.lockOrder(number);
            moves.move(order, OrderState.READY_FOR_PICKUP, clerk, null);
            assignCode(order, collectBy(store, order.shelfLifeDays()));
            outbox.publish(OrdersSchema.OUTBOX, new PickupReady(order.number(), order.groupNumber()));
        }
        return arrived.size();
    }

    @Transactional
    public List<org.techan.orders.WaitingPickupView> waiting(Actor clerk) {
        long storeId = stores.storeIdOf(clerk);
        List<org.techan.orders.WaitingPickupView> waiting = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT o.number, o.shop_name_zh, g.recipient, g.phone, sl.day, o.collect_by FROM orders_order o"
                        + " JOIN orders_group g ON g.id = o.group_id JOIN orders_pickup_slot sl ON sl.id = o.slot_id"
                        + " WHERE o.store_id = ? AND o.state = 'READY_FOR_PICKUP' ORDER BY o.collect_by, o.number",
                rows -> waiting.add(new org.techan.orders.WaitingPickupView(
                        rows.getString(1),
                        rows.getString(2),
                        masked(rows.getString(3)),
                        ending(rows.getString(4)),
                        rows.getDate(5).toLocalDate(),
                        rows.getTimestamp(6).toInstant())),
                storeId);
        return waiting;
    }

    /**
     * The order waiting at the clerk's store under this code.
     *
     * @throws NotFoundException when no order waits there under it (wrong code, other store, collected)
     */
    @Transactional
    public HandOverView check(Actor clerk, String code) {
        long storeId = stores.storeIdOf(clerk);
        String clean = code == null ? "" : code.replaceAll("\\s", "");
        List<HandOverView> found = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT o.id, o.number, o.shop_name_zh, g.recipient, g.phone, sl.day FROM orders_order o"
                        + " JOIN orders_group g ON g.id = o.group_id JOIN orders_pickup_slot sl ON sl.id = o.slot_id"
                        + " WHERE o.store_id = ? AND o.pickup_code = ? AND o.state = 'READY_FOR_PICKUP'",
                rows -> {
                    ids.add(rows.getLong(1));
                    found.add(new HandOverView(
                            rows.getString(2),
                            rows.getString(3),
                            masked(rows.getString(4)),
                            ending(rows.getString(5)),
                            rows.getDate(6).toLocalDate(),
                            List.of()));
                },
                storeId,
                clean);
        if (found.isEmpty()) {
            throw new NotFoundException("pickup.code.unknown", clean);
        }
        HandOverView head = found.get(0);
        return new HandOverView(
                head.orderNumber(),
                head.shopNameZh(),
                head.recipient(),
                head.phoneEnding(),
                head.day(),
                groups.order(ids.get(0)).lines());
    }

    /**
     * Hands the order over against its code: refused (damaged) lines are refunded first; if every
     * line is refused the order ends refunded, otherwise it is picked up and completed.
     */
    @Transactional
    public OrderView handOver(Actor clerk, String orderNumber, HandOverCommand command) {
        HandOverView expected = check(clerk, command.code());
        if (!expected.orderNumber().equals(orderNumber)) {
            throw new NotFoundException("pickup.code.unknown", String.valueOf(command.code()));
        }
        OrderMoves.Locked order = moves.lockOrder(orderNumber);
        // The code was checked against this transaction's snapshot; the lock shows the order as it
        // is now, perhaps handed over by a repeat of this request that held it first.
        if (order.state() != OrderState.READY_FOR_PICKUP) {
            throw new ConflictException("pickup.already-handed-over", orderNumber);
        }
        Set<Long> refused = new HashSet<>(command.refusedSkuIds() == null ? List.of() : command.refusedSkuIds());
        List<OrderLineView> refusedLines = expected.lines().stream()
                .filter(line -> refused.contains(line.skuId()))
                .toList();
        if (refusedLines.size() != refused.size()) {
            throw new RuleViolationException("pickup.refusal.unknown-line");
        }
        String note = null;
        if (!refusedLines.isEmpty()) {
            String reason = command.refusalReason() == null
                    ? ""
                    : command.refusalReason().strip();
            if (reason.isEmpty() || reason.length() > 100) {
                throw new RuleViolationException("pickup.refusal.reason-required");
            }
            BigDecimal amount =
                    refusedLines.stream().map(OrderLineView::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
            note = "refused at the store: "
                    + String.join(
                            "、",
                            refusedLines.stream().map(OrderLineView::titleZh).toList()) + "（" + reason + "）";
            OrderView after = refunds.refundByRule(clerk, orderNumber, amount, note);
            if (after.state() == OrderState.REFUNDED) {
                clearCode(order.id());
                return after;
            }
        }
        OrderMoves.Locked pickedUp = moves.move(order, OrderState.PICKED_UP, clerk, note);
        moves.move(pickedUp, OrderState.COMPLETED, clerk, null);
        clearCode(order.id());
        return groups.order(order.id());
    }

    /** The end of the store's day, so many days from now: the shorter of its hold and the goods' shelf life. */
    private Instant collectBy(StoreView store, int shelfLifeDays) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), MarketCalendar.ZONE);
        int days = Math.max(1, Math.min(store.holdDays(), shelfLifeDays));
        return today.plusDays(days)
                .atTime(store.closes())
                .atZone(MarketCalendar.ZONE)
                .toInstant();
    }

    /** A random 6-digit code no other waiting order at the store has (the unique key decides). */
    private void assignCode(OrderMoves.Locked order, Instant collectBy) {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            String code = String.format("%06d", random.nextInt(1_000_000));
            try (PreparedStatement update = jdbc.getConnection()
                    .prepareStatement("UPDATE orders_order SET pickup_code = ?, collect_by = ? WHERE id = ?")) {
                Statements.bind(update, code, Timestamp.from(collectBy), order.id());
                update.executeUpdate();
                return;
            } catch (SQLIntegrityConstraintViolationException taken) {
                // Another order waiting at this store has the code; draw again.
            } catch (SQLException e) {
                throw new IllegalStateException("Could not give order " + order.number() + " a pickup code", e);
            }
        }
        throw new IllegalStateException("No free pickup code for order " + order.number());
    }

    void clearCode(long orderId) {
        Statements.update(jdbc, "UPDATE orders_order SET pickup_code = NULL WHERE id = ?", orderId);
    }

    /** "王芳" → "王*": enough for the clerk to greet the buyer, not enough to list who shops here. */
    static String masked(String name) {
        return name == null || name.isEmpty() ? "" : name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
    }

    static String ending(String phone) {
        return phone == null || phone.length() < 4 ? "" : phone.substring(phone.length() - 4);
    }
}
