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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionLevel;
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
import org.techan.orders.PriceQuote;
import org.techan.orders.PricingPort;
import org.techan.orders.PricingRequest;
import org.techan.platform.Actor;
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
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final JdbcOperations jdbc;
    private final CatalogApi catalog;
    private final PricingPort pricing;
    private final DeliveryCharges delivery;
    private final OrderNumbers numbers;
    private final OrderGroups groups;
    private final Outbox outbox;
    private final Clock clock;

    Checkout(
            JdbcOperations jdbc,
            CatalogApi catalog,
            PricingPort pricing,
            DeliveryCharges delivery,
            OrderNumbers numbers,
            OrderGroups groups,
            Outbox outbox,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.pricing = pricing;
        this.delivery = delivery;
        this.numbers = numbers;
        this.groups = groups;
        this.outbox = outbox;
        this.clock = clock;
    }

    private record Shop(String slug, String nameZh, List<SkuOnSale> skus) {}

    @Transactional
    public OrderGroupView place(Actor consumer, PlaceOrderCommand command) {
        if (consumer.role() != Role.CONSUMER) {
            throw new NotAllowedException("checkout.consumers-only");
        }
        String key = key(command.idempotencyKey());
        DeliveryAddress address = address(command.address());
        Map<Long, Integer> units = units(command.lines());
        String hash = hash(units, address);
        Optional<OrderGroupView> earlier = groups.byKey(consumer.accountId(), key, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Map<Long, SkuOnSale> skus = onSale(units);
        PriceQuote quote = pricing.quote(new PricingRequest(
                consumer,
                units.entrySet().stream()
                        .map(u -> {
                            SkuOnSale sku = skus.get(u.getKey());
                            return new PricingRequest.Item(
                                    sku.skuId(), sku.productId(), sku.shopSlug(), sku.price(), u.getValue());
                        })
                        .toList()));
        Map<String, Shop> shops = new TreeMap<>();
        for (SkuOnSale sku : skus.values()) {
            shops.computeIfAbsent(sku.shopSlug(), slug -> new Shop(slug, sku.shopNameZh(), new ArrayList<>()))
                    .skus()
                    .add(sku);
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
        BigDecimal goods = BigDecimal.ZERO.setScale(2);
        BigDecimal shipping = BigDecimal.ZERO.setScale(2);
        int n = 0;
        for (Shop shop : shops.values()) {
            BigDecimal[] totals =
                    insertOrder(consumer, groupId, OrderNumbers.order(number, ++n), shop, units, quote, now);
            goods = goods.add(totals[0]);
            shipping = shipping.add(totals[1]);
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
                goods.add(shipping),
                Timestamp.from(held.expiresAt()),
                groupId);
        outbox.publish(OrdersSchema.OUTBOX, new OrderPlaced(number));
        return groups.view(groupId);
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

    /** Inserts one shop's order; answers its goods total and delivery charge. */
    private BigDecimal[] insertOrder(
            Actor consumer,
            long groupId,
            String number,
            Shop shop,
            Map<Long, Integer> units,
            PriceQuote quote,
            Instant now) {
        BigDecimal goods = BigDecimal.ZERO.setScale(2);
        for (SkuOnSale sku : shop.skus()) {
            goods = goods.add(price(quote, sku).multiply(BigDecimal.valueOf(units.get(sku.skuId()))));
        }
        BigDecimal shipping = delivery.forGoods(goods);
        long orderId;
        try {
            orderId = Statements.insert(
                    jdbc,
                    "INSERT INTO orders_order (number, group_id, shop_slug, shop_name_zh, state, goods_total,"
                            + " shipping, total) VALUES (?, ?, ?, ?, 'PENDING_PAYMENT', ?, ?, ?)",
                    number,
                    groupId,
                    shop.slug(),
                    shop.nameZh(),
                    goods,
                    shipping,
                    goods.add(shipping));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save order " + number, e);
        }
        for (SkuOnSale sku : shop.skus()) {
            int quantity = units.get(sku.skuId());
            BigDecimal unitPrice = price(quote, sku);
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
        return new BigDecimal[] {goods, shipping};
    }

    private static BigDecimal price(PriceQuote quote, SkuOnSale sku) {
        BigDecimal price = quote.unitPrices().get(sku.skuId());
        if (price == null || price.signum() < 0 || price.scale() > 2) {
            throw new IllegalStateException("The pricing port gave no valid price for SKU " + sku.skuId());
        }
        return price.setScale(2);
    }

    private Map<Long, SkuOnSale> onSale(Map<Long, Integer> units) {
        Map<Long, SkuOnSale> skus = new TreeMap<>();
        for (SkuOnSale sku : catalog.skusForSale(units.keySet())) {
            skus.put(sku.skuId(), sku);
        }
        for (Long skuId : units.keySet()) {
            if (!skus.containsKey(skuId)) {
                throw new RuleViolationException("checkout.sku-unavailable", skuId);
            }
        }
        return skus;
    }

    private static String key(String key) {
        String clean = key == null ? "" : key.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new RuleViolationException("checkout.key.invalid");
        }
        return clean;
    }

    private static DeliveryAddress address(DeliveryAddress address) {
        if (address == null) {
            throw new RuleViolationException("checkout.address.required");
        }
        String recipient = text(address.recipient(), 60, "checkout.address.recipient");
        String phone = text(address.phone(), 20, "checkout.address.phone");
        if (!MOBILE.matcher(phone).matches()) {
            throw new RuleViolationException("checkout.address.phone", phone);
        }
        RegionCode region = RegionCode.parse(address.regionCode());
        if (region.level() == RegionLevel.PROVINCE || region.level() == RegionLevel.CITY) {
            throw new RuleViolationException("checkout.address.region", region.value());
        }
        String street = text(address.street(), 200, "checkout.address.street");
        return new DeliveryAddress(recipient, phone, region.value(), street);
    }

    private static String text(String value, int longest, String problem) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty() || clean.length() > longest) {
            throw new RuleViolationException(problem, clean);
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
