package org.techan.orders.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ReserveStockCommand;
import org.techan.catalog.SkuOnSale;
import org.techan.catalog.StockLine;
import org.techan.catalog.StockReservation;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderPlaced;
import org.techan.orders.OrderState;
import org.techan.orders.PlaceOrderCommand;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.Outbox;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

/**
 * One checkout in one transaction: the group, an order per shop with its lines and first
 * timeline step, and the stock held for it. The stock is reserved last, so the hot SKU rows are
 * locked for as short a time as possible; if any SKU is short, nothing at all is kept.
 */
@Singleton
class Checkout {

    static final int MOST_LINES = 50;
    static final int MOST_UNITS = 999;

    private final JdbcOperations jdbc;
    private final CatalogApi catalog;
    private final Quotes quotes;
    private final OrderNumbers numbers;
    private final OrderGroups groups;
    private final Outbox outbox;
    private final Clock clock;

    Checkout(
            JdbcOperations jdbc,
            CatalogApi catalog,
            Quotes quotes,
            OrderNumbers numbers,
            OrderGroups groups,
            Outbox outbox,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.quotes = quotes;
        this.numbers = numbers;
        this.groups = groups;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public OrderGroupView place(Actor consumer, PlaceOrderCommand command) {
        if (consumer.role() != Role.CONSUMER) {
            throw new NotAllowedException("checkout.consumers-only");
        }
        String key = key(command.idempotencyKey());
        DeliveryAddress address = AddressRules.checked(command.address());
        Map<Long, Integer> units = units(command.lines());
        String hash = hash(units, address);
        Optional<OrderGroupView> earlier = groups.byKey(consumer.accountId(), key, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Map<Long, SkuOnSale> skus = onSale(units);
        Map<Long, BigDecimal> prices = quotes.unitPrices(consumer, units, skus);
        List<Quotes.ShopBill> bills = quotes.bills(units, skus, prices);
        BigDecimal goods = sum(bills, Quotes.ShopBill::goods);
        BigDecimal shipping = sum(bills, Quotes.ShopBill::shipping);
        BigDecimal total = goods.add(shipping);
        if (command.expectedTotal() != null && command.expectedTotal().compareTo(total) != 0) {
            throw new ConflictException("checkout.total-changed", command.expectedTotal(), total);
        }
        String number = numbers.nextGroup();
        Instant now = clock.instant();
        long groupId;
        try {
            groupId = insertGroup(consumer, key, hash, number, address, now);
        } catch (SQLIntegrityConstraintViolationException sameKeyMeanwhile) {
            // Another request with this key committed first: answer what it made.
            return groups.byKey(consumer.accountId(), key, hash).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save checkout " + number, e);
        }
        int n = 0;
        for (Quotes.ShopBill bill : bills) {
            insertOrder(consumer, groupId, OrderNumbers.order(number, ++n), bill, units, prices, now);
        }
        StockReservation held = catalog.reserveStock(new ReserveStockCommand(
                number,
                units.entrySet().stream()
                        .map(u -> new StockLine(u.getKey(), u.getValue()))
                        .toList(),
                ReserveStockCommand.DEFAULT_HOLD));
        Statements.update(
                jdbc,
                "UPDATE orders_group SET goods_total = ?, shipping_total = ?, total = ?, pay_before = ? WHERE id = ?",
                goods,
                shipping,
                total,
                Timestamp.from(held.expiresAt()),
                groupId);
        outbox.publish(OrdersSchema.OUTBOX, new OrderPlaced(number));
        return groups.view(groupId);
    }

    private static BigDecimal sum(List<Quotes.ShopBill> bills, Function<Quotes.ShopBill, BigDecimal> part) {
        return bills.stream().map(part).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private long insertGroup(
            Actor consumer, String key, String hash, String number, DeliveryAddress address, Instant now)
            throws SQLException {
        return Statements.insert(
                jdbc,
                "INSERT INTO orders_group (number, account_id, idempotency_key, request_hash, goods_total,"
                        + " shipping_total, total, recipient, phone, region_code, street, pay_before, created_at)"
                        + " VALUES (?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?)",
                number,
                consumer.accountId(),
                key,
                hash,
                address.recipient(),
                address.phone(),
                address.regionCode(),
                address.street(),
                Timestamp.from(now),
                Timestamp.from(now));
    }

    private void insertOrder(
            Actor consumer,
            long groupId,
            String number,
            Quotes.ShopBill bill,
            Map<Long, Integer> units,
            Map<Long, BigDecimal> prices,
            Instant now) {
        long orderId;
        try {
            orderId = Statements.insert(
                    jdbc,
                    "INSERT INTO orders_order (number, group_id, shop_slug, shop_name_zh, state, goods_total,"
                            + " shipping, total) VALUES (?, ?, ?, ?, 'PENDING_PAYMENT', ?, ?, ?)",
                    number,
                    groupId,
                    bill.slug(),
                    bill.nameZh(),
                    bill.goods(),
                    bill.shipping(),
                    bill.total());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save order " + number, e);
        }
        for (SkuOnSale sku : bill.skus()) {
            int quantity = units.get(sku.skuId());
            BigDecimal unitPrice = prices.get(sku.skuId());
            Statements.update(
                    jdbc,
                    "INSERT INTO orders_line (order_id, sku_id, product_id, title_zh, spec_zh, list_price,"
                            + " unit_price, quantity, line_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    orderId,
                    sku.skuId(),
                    sku.productId(),
                    sku.titleZh(),
                    sku.specZh(),
                    sku.price(),
                    unitPrice,
                    quantity,
                    unitPrice.multiply(BigDecimal.valueOf(quantity)));
        }
        Transitions.record(jdbc, orderId, null, OrderState.PENDING_PAYMENT, consumer, null, now);
    }

    private Map<Long, SkuOnSale> onSale(Map<Long, Integer> units) {
        Map<Long, SkuOnSale> skus = new TreeMap<>();
        for (SkuOnSale sku : catalog.skusForSale(units.keySet())) {
            skus.put(sku.skuId(), sku);
        }
        for (Map.Entry<Long, Integer> line : units.entrySet()) {
            SkuOnSale sku = skus.get(line.getKey());
            if (sku == null) {
                throw new RuleViolationException("checkout.sku-unavailable", line.getKey());
            }
            sku.purchase().check(line.getValue());
        }
        return skus;
    }

    static String key(String key) {
        String clean = key == null ? "" : key.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new RuleViolationException("checkout.key.invalid");
        }
        return clean;
    }

    /** Units per SKU in id order; a SKU listed twice counts once with both quantities. */
    private static Map<Long, Integer> units(List<CartLine> lines) {
        if (lines == null || lines.isEmpty() || lines.size() > MOST_LINES) {
            throw new RuleViolationException("checkout.lines.invalid", MOST_LINES);
        }
        Map<Long, Integer> units = new TreeMap<>();
        for (CartLine line : lines) {
            if (line == null || line.quantity() < 1 || line.quantity() > MOST_UNITS) {
                throw new RuleViolationException("checkout.quantity.invalid", MOST_UNITS);
            }
            units.merge(line.skuId(), line.quantity(), Integer::sum);
        }
        if (units.values().stream().anyMatch(q -> q > MOST_UNITS)) {
            throw new RuleViolationException("checkout.quantity.invalid", MOST_UNITS);
        }
        return units;
    }

    /** The same key with other lines or another address is a different checkout, not a retry. */
    private static String hash(Map<Long, Integer> units, DeliveryAddress address) {
        StringBuilder canonical = new StringBuilder();
        units.forEach((sku, quantity) ->
                canonical.append(sku).append('x').append(quantity).append(';'));
        canonical
                .append(address.recipient())
                .append('|')
                .append(address.phone())
                .append('|')
                .append(address.regionCode())
                .append('|')
                .append(address.street());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
