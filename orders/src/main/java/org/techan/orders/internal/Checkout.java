package org.techan.orders.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ReserveStockCommand;
import org.techan.catalog.SkuOnSale;
import org.techan.catalog.StockLine;
import org.techan.catalog.TemperatureClass;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.Fulfilment;
import org.techan.orders.OrderPlaced;
import org.techan.orders.OrderState;
import org.techan.orders.PlaceOrderCommand;
import org.techan.orders.ShopFulfilment;
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
    private final Stores stores;
    private final OrderNumbers numbers;
    private final OrderGroups groups;
    private final Outbox outbox;
    private final Clock clock;

    Checkout(
            JdbcOperations jdbc,
            CatalogApi catalog,
            Quotes quotes,
            Stores stores,
            OrderNumbers numbers,
            OrderGroups groups,
            Outbox outbox,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.quotes = quotes;
        this.stores = stores;
        this.numbers = numbers;
        this.groups = groups;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Places the checkout and answers its group's id; callers read the group after the commit, so
     * the hot SKU rows this locks last are held no longer than the commit itself.
     */
    @Transactional
    public long place(Actor consumer, PlaceOrderCommand command) {
        if (consumer.role() != Role.CONSUMER) {
            throw new NotAllowedException("checkout.consumers-only");
        }
        String key = key(command.idempotencyKey());
        Map<Long, Integer> units = units(command.lines());
        Map<String, ShopFulfilment> pickups = pickups(command.fulfilments());
        DeliveryAddress contact = AddressRules.contact(command.address());
        String hash = hash(units, command.address(), pickups);
        Optional<Long> earlier = groups.idByKey(consumer.accountId(), key, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Map<Long, SkuOnSale> skus = onSale(units);
        Map<String, List<SkuOnSale>> byShop = byShop(skus.values());
        for (String shop : pickups.keySet()) {
            if (!byShop.containsKey(shop)) {
                throw new RuleViolationException("checkout.fulfilment.unknown-shop", shop);
            }
        }
        boolean delivered = byShop.keySet().stream().anyMatch(shop -> !pickups.containsKey(shop));
        DeliveryAddress address = delivered ? AddressRules.checked(command.address()) : contact;
        Map<Long, BigDecimal> prices = quotes.unitPrices(consumer, units, skus);
        List<Quotes.ShopBill> bills = quotes.bills(units, skus, prices).stream()
                .map(bill -> pickups.containsKey(bill.slug()) ? bill.collected() : bill)
                .toList();
        BigDecimal goods = sum(bills, Quotes.ShopBill::goods);
        BigDecimal shipping = sum(bills, Quotes.ShopBill::shipping);
        BigDecimal total = goods.add(shipping);
        if (command.expectedGoodsTotal() != null && command.expectedGoodsTotal().compareTo(goods) != 0) {
            throw new ConflictException("checkout.prices-changed", command.expectedGoodsTotal(), goods);
        }
        String number = numbers.nextGroup();
        Instant now = clock.instant();
        long groupId;
        try {
            groupId = insertGroup(consumer, key, hash, number, address, new BigDecimal[] {goods, shipping, total}, now);
        } catch (SQLIntegrityConstraintViolationException sameKeyMeanwhile) {
            // Another request with this key committed first: answer what it made.
            return groups.idByKey(consumer.accountId(), key, hash).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save checkout " + number, e);
        }
        Map<String, Stores.Slot> slots = book(pickups, byShop);
        int n = 0;
        for (Quotes.ShopBill bill : bills) {
            insertOrder(
                    consumer,
                    groupId,
                    OrderNumbers.order(number, ++n),
                    bill,
                    units,
                    prices,
                    slots.get(bill.slug()),
                    now);
        }
        outbox.publish(OrdersSchema.OUTBOX, new OrderPlaced(number));
        // Last, so the hot SKU rows stay locked only until the commit.
        catalog.reserveStock(new ReserveStockCommand(
                number,
                units.entrySet().stream()
                        .map(u -> new StockLine(u.getKey(), u.getValue()))
                        .toList(),
                ReserveStockCommand.DEFAULT_HOLD));
        return groupId;
    }

    /** Books every pickup slot, in slot id order so two checkouts never wait on each other's slots. */
    private Map<String, Stores.Slot> book(Map<String, ShopFulfilment> pickups, Map<String, List<SkuOnSale>> byShop) {
        Map<String, Stores.Slot> booked = new TreeMap<>();
        pickups.values().stream()
                .sorted(java.util.Comparator.comparing(ShopFulfilment::slotId))
                .forEach(pickup -> booked.put(
                        pickup.shopSlug(), stores.book(pickup.slotId(), coldest(byShop.get(pickup.shopSlug())))));
        return booked;
    }

    static TemperatureClass coldest(List<SkuOnSale> skus) {
        return skus.stream()
                .map(SkuOnSale::temperature)
                .max(java.util.Comparator.naturalOrder())
                .orElse(TemperatureClass.AMBIENT);
    }

    private static Map<String, List<SkuOnSale>> byShop(java.util.Collection<SkuOnSale> skus) {
        Map<String, List<SkuOnSale>> byShop = new TreeMap<>();
        for (SkuOnSale sku : skus) {
            byShop.computeIfAbsent(sku.shopSlug(), s -> new java.util.ArrayList<>())
                    .add(sku);
        }
        return byShop;
    }

    /** The shops collected at a store, by shop; any shop not named is delivered. */
    private static Map<String, ShopFulfilment> pickups(@Nullable List<ShopFulfilment> fulfilments) {
        Map<String, ShopFulfilment> pickups = new TreeMap<>();
        if (fulfilments == null) {
            return pickups;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        for (ShopFulfilment wanted : fulfilments) {
            if (wanted == null || wanted.shopSlug() == null || wanted.fulfilment() == null) {
                throw new RuleViolationException("checkout.fulfilment.invalid");
            }
            if (!named.add(wanted.shopSlug())) {
                throw new RuleViolationException("checkout.fulfilment.twice", wanted.shopSlug());
            }
            if (wanted.fulfilment() == Fulfilment.PICKUP) {
                if (wanted.slotId() == null) {
                    throw new RuleViolationException("checkout.fulfilment.slot-required", wanted.shopSlug());
                }
                pickups.put(wanted.shopSlug(), wanted);
            }
        }
        return pickups;
    }

    private static BigDecimal sum(List<Quotes.ShopBill> bills, Function<Quotes.ShopBill, BigDecimal> part) {
        return bills.stream().map(part).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /**
     * The group with its totals; it must be paid before the stock hold (taken a moment later,
     * from the same clock) runs out, so the deadline shown is never later than the hold.
     */
    private long insertGroup(
            Actor consumer,
            String key,
            String hash,
            String number,
            DeliveryAddress address,
            BigDecimal[] totals,
            Instant now)
            throws SQLException {
        return Statements.insert(
                jdbc,
                "INSERT INTO orders_group (number, account_id, idempotency_key, request_hash, goods_total,"
                        + " shipping_total, total, recipient, phone, region_code, street, pay_before, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                number,
                consumer.accountId(),
                key,
                hash,
                totals[0],
                totals[1],
                totals[2],
                address.recipient(),
                address.phone(),
                address.regionCode(),
                address.street(),
                Timestamp.from(now.plus(ReserveStockCommand.DEFAULT_HOLD)),
                Timestamp.from(now));
    }

    private void insertOrder(
            Actor consumer,
            long groupId,
            String number,
            Quotes.ShopBill bill,
            Map<Long, Integer> units,
            Map<Long, BigDecimal> prices,
            @Nullable Stores.Slot slot,
            Instant now) {
        long orderId;
        try {
            orderId = Statements.insert(
                    jdbc,
                    "INSERT INTO orders_order (number, group_id, shop_slug, shop_name_zh, state, goods_total,"
                            + " shipping, total, fulfilment, temperature, shelf_life_days, slot_id, store_id)"
                            + " VALUES (?, ?, ?, ?, 'PENDING_PAYMENT', ?, ?, ?, ?, ?, ?, ?, ?)",
                    number,
                    groupId,
                    bill.slug(),
                    bill.nameZh(),
                    bill.goods(),
                    bill.shipping(),
                    bill.total(),
                    (slot == null ? Fulfilment.DELIVERY : Fulfilment.PICKUP).name(),
                    coldest(bill.skus()).name(),
                    bill.skus().stream()
                            .mapToInt(SkuOnSale::shelfLifeDays)
                            .min()
                            .orElse(365),
                    slot == null ? null : slot.id(),
                    slot == null ? null : slot.storeId());
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
    private static String hash(Map<Long, Integer> units, DeliveryAddress address, Map<String, ShopFulfilment> pickups) {
        StringBuilder canonical = new StringBuilder();
        units.forEach((sku, quantity) ->
                canonical.append(sku).append('x').append(quantity).append(';'));
        pickups.forEach((shop, pickup) ->
                canonical.append(shop).append('@').append(pickup.slotId()).append(';'));
        canonical
                .append(address.recipient())
                .append('|')
                .append(address.phone())
                .append('|')
                .append(address.regionCode())
                .append('|')
                .append(address.street());
        return Sha256.hex(canonical.toString());
    }
}
