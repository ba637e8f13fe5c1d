package org.techan.orders.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techan.orders.BusinessTerms;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.Fulfilment;
import org.techan.orders.Funder;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderLineView;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.PickupView;
import org.techan.orders.PriceAdjustment;
import org.techan.orders.PricingStage;
import org.techan.orders.TransitionView;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.SqlScript;

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

    /** A group made with an idempotency key, and the fingerprint of the request that made it. */
    record Keyed(long groupId, String hash) {}

    /**
     * Adds to {@code script} the lookup of the groups made earlier with any of these (at least one)
     * keys; {@link #keyed} reads its result.
     */
    static SqlScript.Statement findKeys(SqlScript script, List<Checkout.KeyOf> keys) {
        List<Object> values = new ArrayList<>();
        keys.forEach(key -> {
            values.add(key.accountId());
            values.add(key.key());
        });
        // One exact range of the (account, key) index per pair. Two IN lists would ask for every
        // account with every key: 4,096 ranges for 64 buyers, past what the optimizer will plan, and
        // it fell back to reading the whole table.
        return script.add(
                "SELECT account_id, idempotency_key, id, request_hash FROM orders_group WHERE "
                        + String.join(
                                " OR ",
                                java.util.Collections.nCopies(keys.size(), "(account_id = ? AND idempotency_key = ?)")),
                values);
    }

    /**
     * Adds to {@code script} the count of unpaid groups of each of these (at least one) accounts that
     * can still be paid at {@code now}. Only groups placed within one stock hold of now can: the
     * index on (account_id, created_at) then reads those few, not a buyer's whole history.
     */
    static SqlScript.Statement findUnpaid(SqlScript script, List<Long> accounts, java.time.Instant now) {
        List<Object> values = new java.util.ArrayList<>(accounts);
        values.add(java.sql.Timestamp.from(now.minus(org.techan.catalog.ReserveStockCommand.DEFAULT_HOLD)));
        values.add(java.sql.Timestamp.from(now));
        return script.add(
                "SELECT g.account_id, COUNT(DISTINCT g.id) FROM orders_group g JOIN orders_order o ON o.group_id = g.id"
                        + " WHERE o.state = 'PENDING_PAYMENT' AND g.account_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(accounts.size(), "?"))
                        + ") AND g.created_at >= ? AND g.pay_before > ? GROUP BY g.account_id",
                values);
    }

    /** What {@link #findUnpaid} counted, by account; accounts with none are absent. */
    static java.util.Map<Long, Integer> unpaid(SqlScript.Result counted) {
        java.util.Map<Long, Integer> unpaid = new java.util.HashMap<>();
        for (List<Object> row : counted.rows()) {
            unpaid.put(((Number) row.get(0)).longValue(), ((Number) row.get(1)).intValue());
        }
        return unpaid;
    }

    /** The groups {@link #findKeys} found, by key. */
    static java.util.Map<Checkout.KeyOf, Keyed> keyed(SqlScript.Result found) {
        java.util.Map<Checkout.KeyOf, Keyed> keyed = new java.util.HashMap<>();
        for (List<Object> row : found.rows()) {
            keyed.put(
                    new Checkout.KeyOf(((Number) row.get(0)).longValue(), (String) row.get(1)),
                    new Keyed(((Number) row.get(2)).longValue(), (String) row.get(3)));
        }
        return keyed;
    }

    /**
     * The id of the group made earlier with this key, if any.
     *
     * @throws ConflictException if that group was a different checkout
     */
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

    /**
     * A group placed by one of these accounts.
     *
     * @throws NotFoundException when none of them placed it
     */
    @Transactional
    public OrderGroupView ofAccounts(java.util.Collection<Long> accountIds, String number) {
        if (accountIds.isEmpty()) {
            throw new NotFoundException("order.not-found", String.valueOf(number));
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(number == null ? "" : number.strip());
        parameters.addAll(accountIds);
        List<Long> ids = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id FROM orders_group WHERE number = ? AND account_id IN ("
                        + SqlScript.rows("?", accountIds.size()) + ")",
                rows -> ids.add(rows.getLong(1)),
                parameters.toArray());
        if (ids.isEmpty()) {
            throw new NotFoundException("order.not-found", String.valueOf(number));
        }
        return view(ids.get(0));
    }

    /** The groups placed by any of these accounts, newest first. */
    @Transactional
    public List<OrderGroupView> ofAccounts(java.util.Collection<Long> accountIds, int page, int size) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(accountIds);
        parameters.add(size);
        parameters.add((long) page * size);
        List<Long> ids = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id FROM orders_group WHERE account_id IN (" + SqlScript.rows("?", accountIds.size())
                        + ") ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                rows -> ids.add(rows.getLong(1)),
                parameters.toArray());
        return views(ids);
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
        return views(ids);
    }

    @Transactional
    public OrderGroupView view(long groupId) {
        return views(List.of(groupId)).get(0);
    }

    /** Several groups as their buyers see them, in the order asked, with four queries however many. */
    @Transactional
    public List<OrderGroupView> views(List<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        String in = " IN (" + SqlScript.rows("?", groupIds.size()) + ")";
        Object[] ids = groupIds.toArray();
        Map<Long, List<OrderLineView>> lines = lines("o.group_id" + in, ids);
        Map<Long, List<TransitionView>> timelines = timelines("o.group_id" + in, ids);
        Map<String, List<OrderView>> orders = new HashMap<>();
        Statements.query(
                jdbc,
                ORDER_COLUMNS + " WHERE o.group_id" + in + " ORDER BY o.id",
                rows -> orders.computeIfAbsent(rows.getString(3), number -> new ArrayList<>())
                        .add(orderView(rows, true, lines, timelines)),
                ids);
        Map<Long, OrderGroupView> groups = new HashMap<>();
        Statements.query(
                jdbc,
                "SELECT id, number, recipient, phone, region_code, street, goods_total, shipping_total, total,"
                        + " pay_before, created_at, purchase_order, deliver_on, account_id FROM orders_group WHERE id"
                        + in,
                rows -> groups.put(
                        rows.getLong(1),
                        new OrderGroupView(
                                rows.getString(2),
                                orders.getOrDefault(rows.getString(2), List.of()),
                                new DeliveryAddress(
                                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)),
                                rows.getBigDecimal(7),
                                rows.getBigDecimal(8),
                                rows.getBigDecimal(9),
                                rows.getTimestamp(10).toInstant(),
                                rows.getTimestamp(11).toInstant(),
                                business(rows, "purchase_order", "deliver_on"),
                                rows.getLong("account_id"))),
                ids);
        return groupIds.stream().map(groups::get).toList();
    }

    @Transactional
    public OrderView order(long orderId) {
        List<OrderView> orders = new ArrayList<>();
        Map<Long, List<OrderLineView>> lines = lines("o.id = ?", orderId);
        Map<Long, List<TransitionView>> timelines = timelines("o.id = ?", orderId);
        Statements.query(
                jdbc,
                ORDER_COLUMNS + " WHERE o.id = ?",
                rows -> orders.add(orderView(rows, false, lines, timelines)),
                orderId);
        return orders.get(0);
    }

    /** An order's columns, its pickup slot and store (when collected) from column 17 on. */
    private static final String ORDER_COLUMNS = "SELECT o.id, o.number, g.number, o.shop_slug, o.shop_name_zh, o.state,"
            + " o.goods_total, o.shipping, o.total, o.fulfilment, o.carrier, o.tracking_number, o.pickup_code,"
            + " o.collect_by, sl.day, s.code, " + Stores.columns() + ", o.recall_hold,"
            + " g.recipient AS deliver_recipient, g.phone AS deliver_phone, g.region_code AS deliver_region,"
            + " g.street AS deliver_street, g.buyer_remarks, da.amount AS delivery_off, da.label AS delivery_label,"
            + " da.source AS delivery_source, da.funder AS delivery_funder, g.purchase_order, g.deliver_on"
            + " FROM orders_order o JOIN orders_group g ON g.id = o.group_id"
            + " LEFT JOIN orders_pickup_slot sl ON sl.id = o.slot_id LEFT JOIN orders_store s ON s.id = o.store_id"
            // A delivery discount is the order's only adjustment without a SKU.
            + " LEFT JOIN orders_adjustment da ON da.order_id = o.id AND da.sku_id IS NULL";

    /** The buyer's view shows the pickup code; everyone else's leaves it out. */
    private static OrderView orderView(
            ResultSet rows,
            boolean forBuyer,
            Map<Long, List<OrderLineView>> lines,
            Map<Long, List<TransitionView>> timelines)
            throws SQLException {
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
                lines.getOrDefault(id, List.of()),
                rows.getBigDecimal(7),
                rows.getBigDecimal(8),
                rows.getBigDecimal(9),
                timelines.getOrDefault(id, List.of()),
                Fulfilment.valueOf(rows.getString(10)),
                pickup,
                rows.getString(11),
                rows.getString(12),
                rows.getString("recall_hold"),
                new DeliveryAddress(
                        rows.getString("deliver_recipient"),
                        rows.getString("deliver_phone"),
                        rows.getString("deliver_region"),
                        rows.getString("deliver_street")),
                rows.getString("buyer_remarks"),
                rows.getString("delivery_label") == null
                        ? null
                        : PlacedViews.adjustment(
                                PricingStage.DELIVERY,
                                rows.getBigDecimal("delivery_off"),
                                rows.getString("delivery_label"),
                                rows.getString("delivery_source"),
                                Funder.valueOf(rows.getString("delivery_funder"))),
                business(rows, "purchase_order", "deliver_on"));
    }

    /** A bulk order's terms, read from these columns; none for a consumer's checkout. */
    private static @Nullable BusinessTerms business(ResultSet rows, String purchaseOrder, String deliverOn)
            throws SQLException {
        String number = rows.getString(purchaseOrder);
        return number == null
                ? null
                : new BusinessTerms(number, rows.getDate(deliverOn).toLocalDate());
    }

    /**
     * The lines of the orders {@code where} picks (on {@code o}, the order), per order, each with its
     * discounts: joined in, a row per discount, so a page reads them in the same statement.
     */
    private Map<Long, List<OrderLineView>> lines(String where, Object... parameters) {
        record Row(long orderId, OrderLineView line, @Nullable PriceAdjustment adjustment) {}
        List<Row> rows = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT l.order_id, l.sku_id, l.product_id, l.title_zh, l.spec_zh, l.list_price, l.unit_price,"
                        + " l.quantity, l.line_total, a.stage, a.amount, a.label, a.source, a.funder"
                        + " FROM orders_line l JOIN orders_order o ON o.id = l.order_id"
                        + " LEFT JOIN orders_adjustment a ON a.order_id = l.order_id AND a.sku_id = l.sku_id"
                        + " WHERE " + where + " ORDER BY l.order_id, l.sku_id, a.id",
                line -> rows.add(new Row(
                        line.getLong(1),
                        new OrderLineView(
                                line.getLong(2),
                                line.getLong(3),
                                line.getString(4),
                                line.getString(5),
                                line.getBigDecimal(6),
                                line.getBigDecimal(7),
                                line.getInt(8),
                                line.getBigDecimal(9),
                                List.of()),
                        line.getString(10) == null
                                ? null
                                : PlacedViews.adjustment(
                                        PricingStage.valueOf(line.getString(10)),
                                        line.getBigDecimal(11),
                                        line.getString(12),
                                        line.getString(13),
                                        Funder.valueOf(line.getString(14))))),
                parameters);
        Map<Long, List<OrderLineView>> lines = new HashMap<>();
        for (int i = 0; i < rows.size(); ) {
            Row first = rows.get(i);
            List<PriceAdjustment> adjustments = new ArrayList<>();
            int j = i;
            while (j < rows.size()
                    && rows.get(j).orderId() == first.orderId()
                    && rows.get(j).line().skuId() == first.line().skuId()) {
                if (rows.get(j).adjustment() != null) {
                    adjustments.add(rows.get(j).adjustment());
                }
                j++;
            }
            OrderLineView line = first.line();
            lines.computeIfAbsent(first.orderId(), order -> new ArrayList<>())
                    .add(new OrderLineView(
                            line.skuId(),
                            line.productId(),
                            line.titleZh(),
                            line.specZh(),
                            line.listPrice(),
                            line.unitPrice(),
                            line.quantity(),
                            line.lineTotal(),
                            adjustments));
            i = j;
        }
        return lines;
    }

    /** The timelines of the orders {@code where} picks (on {@code o}, the order), per order. */
    private Map<Long, List<TransitionView>> timelines(String where, Object... parameters) {
        Map<Long, List<TransitionView>> steps = new HashMap<>();
        Statements.query(
                jdbc,
                "SELECT t.order_id, t.from_state, t.to_state, t.actor_role, t.note, t.at FROM orders_transition t"
                        + " JOIN orders_order o ON o.id = t.order_id WHERE " + where + " ORDER BY t.order_id, t.id",
                rows -> steps.computeIfAbsent(rows.getLong(1), order -> new ArrayList<>())
                        .add(new TransitionView(
                                rows.getString(2) == null ? null : OrderState.valueOf(rows.getString(2)),
                                OrderState.valueOf(rows.getString(3)),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getTimestamp(6).toInstant())),
                parameters);
        return steps;
    }
}
