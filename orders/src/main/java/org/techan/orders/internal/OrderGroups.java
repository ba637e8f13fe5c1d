package org.techan.orders.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.Fulfilment;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderLineView;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.PickupView;
import org.techan.orders.TransitionView;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;

/** Reads checkouts back as views; a consumer reaches only their own. */
@Singleton
class OrderGroups {

    private final JdbcOperations jdbc;

    OrderGroups(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A checkout by its number, as its buyer sees it (for telling the buyer about it). */
    @Transactional
    public Optional<OrderGroupView> byNumber(String groupNumber) {
        List<Long> found = new ArrayList<>();
        Statements.query(
                jdbc, "SELECT id FROM orders_group WHERE number = ?", rows -> found.add(rows.getLong(1)), groupNumber);
        return found.stream().findFirst().map(this::view);
    }

    /** The checkout an order belongs to. */
    @Transactional
    public Optional<OrderGroupView> byOrderNumber(String orderNumber) {
        List<Long> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT group_id FROM orders_order WHERE number = ?",
                rows -> found.add(rows.getLong(1)),
                orderNumber);
        return found.stream().findFirst().map(this::view);
    }

    /** The group an earlier checkout with this key made, whatever it was for. */
    @Transactional
    public Optional<Long> idByKeyOnly(long accountId, String key) {
        List<Long> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id FROM orders_group WHERE account_id = ? AND idempotency_key = ?",
                rows -> found.add(rows.getLong(1)),
                accountId,
                key);
        return found.stream().findFirst();
    }

    /**
     * The group made earlier with this key, if any.
     *
     * @throws ConflictException if that group was a different checkout
     */
    @Transactional
    public Optional<OrderGroupView> byKey(long accountId, String key, String hash) {
        return idByKey(accountId, key, hash).map(this::view);
    }

    /** As {@link #byKey}, the group's id only. */
    @Transactional
    public Optional<Long> idByKey(long accountId, String key, String hash) {
        List<long[]> found = new ArrayList<>();
        String[] storedHash = new String[1];
        Statements.query(
                jdbc,
                "SELECT id, request_hash FROM orders_group WHERE account_id = ? AND idempotency_key = ?",
                rows -> {
                    found.add(new long[] {rows.getLong(1)});
                    storedHash[0] = rows.getString(2);
                },
                accountId,
                key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!storedHash[0].equals(hash)) {
            throw new ConflictException("checkout.key-reused", key);
        }
        return Optional.of(found.get(0)[0]);
    }

    /**
     * One of the account's groups.
     *
     * @throws NotFoundException for another account's group, or none
     */
    @Transactional
    public OrderGroupView own(long accountId, String number) {
        return view(ownId(accountId, number));
    }

    @Transactional
    public long ownId(long accountId, String number) {
        List<Long> ids = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id FROM orders_group WHERE number = ? AND account_id = ?",
                rows -> ids.add(rows.getLong(1)),
                number == null ? "" : number.strip(),
                accountId);
        if (ids.isEmpty()) {
            throw new NotFoundException("order.not-found", String.valueOf(number));
        }
        return ids.get(0);
    }

    @Transactional
    public List<OrderGroupView> ofAccount(long accountId, int page, int size) {
        List<Long> ids = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id FROM orders_group WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                rows -> ids.add(rows.getLong(1)),
                accountId,
                size,
                (long) page * size);
        return ids.stream().map(this::view).toList();
    }

    @Transactional
    public OrderGroupView view(long groupId) {
        List<OrderGroupView> groups = new ArrayList<>();
        List<OrderView> orders = orders(groupId);
        Statements.query(
                jdbc,
                "SELECT number, recipient, phone, region_code, street, goods_total, shipping_total, total, pay_before,"
                        + " created_at FROM orders_group WHERE id = ?",
                rows -> groups.add(new OrderGroupView(
                        rows.getString(1),
                        orders,
                        new DeliveryAddress(rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)),
                        rows.getBigDecimal(6),
                        rows.getBigDecimal(7),
                        rows.getBigDecimal(8),
                        rows.getTimestamp(9).toInstant(),
                        rows.getTimestamp(10).toInstant())),
                groupId);
        return groups.get(0);
    }

    @Transactional
    public OrderView order(long orderId) {
        List<OrderView> orders = new ArrayList<>();
        Statements.query(jdbc, ORDER_COLUMNS + " WHERE o.id = ?", rows -> orders.add(orderView(rows, false)), orderId);
        return orders.get(0);
    }

    private List<OrderView> orders(long groupId) {
        List<OrderView> orders = new ArrayList<>();
        Statements.query(
                jdbc,
                ORDER_COLUMNS + " WHERE o.group_id = ? ORDER BY o.id",
                rows -> orders.add(orderView(rows, true)),
                groupId);
        return orders;
    }

    /** An order's columns, its pickup slot and store (when collected) from column 17 on. */
    private static final String ORDER_COLUMNS = "SELECT o.id, o.number, g.number, o.shop_slug, o.shop_name_zh, o.state,"
            + " o.goods_total, o.shipping, o.total, o.fulfilment, o.carrier, o.tracking_number, o.pickup_code,"
            + " o.collect_by, sl.day, s.code, " + Stores.columns()
            + " FROM orders_order o JOIN orders_group g ON g.id = o.group_id"
            + " LEFT JOIN orders_pickup_slot sl ON sl.id = o.slot_id LEFT JOIN orders_store s ON s.id = o.store_id";

    /** The buyer's view shows the pickup code; everyone else's leaves it out. */
    private OrderView orderView(ResultSet rows, boolean forBuyer) throws SQLException {
        long id = rows.getLong(1);
        PickupView pickup = rows.getString(16) == null
                ? null
                : new PickupView(
                        Stores.view(rows, 17),
                        rows.getDate(15).toLocalDate(),
                        forBuyer ? rows.getString(13) : null,
                        rows.getTimestamp(14) == null
                                ? null
                                : rows.getTimestamp(14).toInstant());
        return new OrderView(
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                OrderState.valueOf(rows.getString(6)),
                lines(id),
                rows.getBigDecimal(7),
                rows.getBigDecimal(8),
                rows.getBigDecimal(9),
                timeline(id),
                Fulfilment.valueOf(rows.getString(10)),
                pickup,
                rows.getString(11),
                rows.getString(12));
    }

    private List<OrderLineView> lines(long orderId) throws SQLException {
        List<OrderLineView> lines = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT sku_id, product_id, title_zh, spec_zh, list_price, unit_price, quantity, line_total"
                        + " FROM orders_line WHERE order_id = ? ORDER BY sku_id",
                rows -> lines.add(new OrderLineView(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getBigDecimal(5),
                        rows.getBigDecimal(6),
                        rows.getInt(7),
                        rows.getBigDecimal(8))),
                orderId);
        return lines;
    }

    private List<TransitionView> timeline(long orderId) throws SQLException {
        List<TransitionView> steps = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT from_state, to_state, actor_role, note, at FROM orders_transition WHERE order_id = ? ORDER BY id",
                rows -> steps.add(new TransitionView(
                        rows.getString(1) == null ? null : OrderState.valueOf(rows.getString(1)),
                        OrderState.valueOf(rows.getString(2)),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getTimestamp(5).toInstant())),
                orderId);
        return steps;
    }
}
