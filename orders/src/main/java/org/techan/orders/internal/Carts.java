package org.techan.orders.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.techan.catalog.PurchaseRule;
import org.techan.catalog.SkuOnSale;
import org.techan.catalog.StockPort;
import org.techan.orders.CartHolder;
import org.techan.orders.CartLineProblem;
import org.techan.orders.CartLineView;
import org.techan.orders.CartShopView;
import org.techan.orders.CartView;
import org.techan.orders.PriceHint;
import org.techan.orders.PricedLine;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

/**
 * Carts: what a consumer or visitor means to buy, priced as checkout would price it now. Every
 * change locks the cart's row, so two tabs adding at once never lose a line.
 */
@Singleton
class Carts {

    private final JdbcOperations jdbc;
    private final StockPort stock;
    private final Quotes quotes;
    private final Clock clock;

    Carts(JdbcOperations jdbc, StockPort stock, Quotes quotes, Clock clock) {
        this.jdbc = jdbc;
        this.stock = stock;
        this.quotes = quotes;
        this.clock = clock;
    }

    /** A line as stored: the SKU, how many, and what the shopper saw when adding it. */
    record StoredLine(
            long skuId,
            int quantity,
            BigDecimal priceWhenAdded,
            String titleZh,
            String specZh,
            String shopSlug,
            String shopNameZh) {}

    @Transactional
    public CartView view(CartHolder holder) {
        return view(holder, (java.util.Set<String>) null);
    }

    /** The cart priced with a choice of coupons: null for the best the buyer holds. */
    @Transactional
    public CartView view(CartHolder holder, @Nullable java.util.Set<String> coupons) {
        checkHolder(holder);
        return find(holder, false).map(id -> view(holder, lines(id), coupons)).orElseGet(CartView::empty);
    }

    @Transactional
    public CartView add(CartHolder holder, long skuId, int quantity) {
        checkHolder(holder);
        checkQuantity(quantity);
        long cartId = open(holder);
        Map<Long, StoredLine> lines = byId(lines(cartId));
        StoredLine existing = lines.get(skuId);
        if (existing == null && lines.size() >= Checkout.MOST_LINES) {
            throw new RuleViolationException("cart.full", Checkout.MOST_LINES);
        }
        int wanted = quantity + (existing == null ? 0 : existing.quantity());
        SkuOnSale sku = buyable(skuId, wanted);
        BigDecimal price = quotes.line(holder.consumer(), sku, wanted).unitPrice();
        Statements.update(
                jdbc,
                "INSERT INTO orders_cart_line (cart_id, sku_id, quantity, price_when_added, title_zh, spec_zh,"
                        + " shop_slug, shop_name_zh, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE quantity = VALUES(quantity)",
                cartId,
                skuId,
                wanted,
                price,
                sku.titleZh(),
                sku.specZh(),
                sku.shopSlug(),
                sku.shopNameZh(),
                Timestamp.from(clock.instant()));
        return view(holder, lines(cartId));
    }

    /** Sets a line's quantity; 0 takes the line out. */
    @Transactional
    public CartView change(CartHolder holder, long skuId, int quantity) {
        checkHolder(holder);
        long cartId = find(holder, true).orElseThrow(() -> new NotFoundException("cart.line.not-found", skuId));
        if (!byId(lines(cartId)).containsKey(skuId)) {
            throw new NotFoundException("cart.line.not-found", skuId);
        }
        if (quantity == 0) {
            Statements.update(jdbc, "DELETE FROM orders_cart_line WHERE cart_id = ? AND sku_id = ?", cartId, skuId);
        } else {
            checkQuantity(quantity);
            buyable(skuId, quantity);
            Statements.update(
                    jdbc,
                    "UPDATE orders_cart_line SET quantity = ? WHERE cart_id = ? AND sku_id = ?",
                    quantity,
                    cartId,
                    skuId);
        }
        touch(cartId);
        return view(holder, lines(cartId));
    }

    /**
     * Moves a visitor's cart into the consumer's on sign-in: quantities of the same SKU add up (kept
     * within the SKU's purchase rule), lines no longer on sale are dropped, the visitor's cart goes.
     */
    @Transactional
    public CartView merge(String visitorToken, Actor consumer) {
        CartHolder account = CartHolder.of(consumer);
        checkHolder(account);
        Optional<Long> visitorCart = find(CartHolder.visitor(visitorToken), true);
        if (visitorCart.isEmpty()) {
            return view(account);
        }
        long cartId = open(account);
        Map<Long, StoredLine> mine = byId(lines(cartId));
        List<StoredLine> theirs = lines(visitorCart.get());
        Map<Long, SkuOnSale> skus =
                onSale(theirs.stream().map(StoredLine::skuId).toList());
        for (StoredLine line : theirs) {
            SkuOnSale sku = skus.get(line.skuId());
            StoredLine existing = mine.get(line.skuId());
            if (sku == null || (existing == null && mine.size() >= Checkout.MOST_LINES)) {
                continue;
            }
            int quantity = sku.purchase()
                    .largestAllowedUpTo(Math.min(
                            Checkout.MOST_UNITS, line.quantity() + (existing == null ? 0 : existing.quantity())));
            if (quantity > 0) {
                Statements.update(
                        jdbc,
                        "INSERT INTO orders_cart_line (cart_id, sku_id, quantity, price_when_added, title_zh, spec_zh,"
                                + " shop_slug, shop_name_zh, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON DUPLICATE KEY UPDATE quantity = VALUES(quantity)",
                        cartId,
                        line.skuId(),
                        quantity,
                        existing == null ? line.priceWhenAdded() : existing.priceWhenAdded(),
                        line.titleZh(),
                        line.specZh(),
                        line.shopSlug(),
                        line.shopNameZh(),
                        Timestamp.from(clock.instant()));
                mine.put(line.skuId(), line);
            }
        }
        Statements.update(jdbc, "DELETE FROM orders_cart WHERE id = ?", visitorCart.get());
        return view(account, lines(cartId));
    }

    /** Takes out of the consumer's cart what a checkout just bought. */
    void removeBought(Actor consumer, Map<Long, Integer> bought) {
        find(CartHolder.of(consumer), true).ifPresent(cartId -> {
            for (Map.Entry<Long, Integer> line : bought.entrySet()) {
                Statements.update(
                        jdbc,
                        "DELETE FROM orders_cart_line WHERE cart_id = ? AND sku_id = ? AND quantity <= ?",
                        cartId,
                        line.getKey(),
                        line.getValue());
            }
            touch(cartId);
        });
    }

    private SkuOnSale buyable(long skuId, int quantity) {
        SkuOnSale sku = onSale(List.of(skuId)).get(skuId);
        if (sku == null) {
            throw new RuleViolationException("checkout.sku-unavailable", skuId);
        }
        sku.purchase().check(quantity);
        if (quantity > sku.available()) {
            throw new ConflictException("cart.stock-short", sku.titleZh(), sku.available());
        }
        return sku;
    }

    private CartView view(CartHolder holder, List<StoredLine> lines) {
        return view(holder, lines, null);
    }

    private CartView view(CartHolder holder, List<StoredLine> lines, @Nullable java.util.Set<String> coupons) {
        if (lines.isEmpty()) {
            return CartView.empty();
        }
        Map<Long, SkuOnSale> skus = onSale(lines.stream().map(StoredLine::skuId).toList());
        Map<Long, Integer> onSaleUnits = new TreeMap<>();
        for (StoredLine line : lines) {
            if (skus.containsKey(line.skuId())) {
                onSaleUnits.put(line.skuId(), line.quantity());
            }
        }
        // Every line on sale is priced (a line short of stock still shows its price); the totals
        // count only what can be bought, priced again when that is less.
        Map<Long, PricedLine> priced = new TreeMap<>();
        List<Quotes.ShopBill> everything = quotes.bills(holder.consumer(), onSaleUnits, skus, coupons);
        everything.forEach(bill -> priced.putAll(bill.lines()));
        Map<Long, Integer> buyable = new TreeMap<>();
        Map<String, List<CartLineView>> byShop = new TreeMap<>();
        Map<String, StoredLine> shopNames = new LinkedHashMap<>();
        for (StoredLine line : lines) {
            CartLineView view = lineView(line, skus.get(line.skuId()), priced.get(line.skuId()));
            if (view.problem() == null) {
                buyable.put(line.skuId(), line.quantity());
            }
            byShop.computeIfAbsent(line.shopSlug(), s -> new ArrayList<>()).add(view);
            shopNames.putIfAbsent(line.shopSlug(), line);
        }
        Map<String, Quotes.ShopBill> bills = new TreeMap<>();
        for (Quotes.ShopBill bill :
                buyable.equals(onSaleUnits) ? everything : quotes.bills(holder.consumer(), buyable, skus, coupons)) {
            bills.put(bill.slug(), bill);
        }
        List<CartShopView> shops = new ArrayList<>();
        BigDecimal goods = zero();
        BigDecimal shipping = zero();
        for (Map.Entry<String, List<CartLineView>> shop : byShop.entrySet()) {
            Quotes.ShopBill bill = bills.get(shop.getKey());
            BigDecimal shopGoods = bill == null ? zero() : bill.goods();
            BigDecimal shopShipping = bill == null ? zero() : bill.shipping();
            goods = goods.add(shopGoods);
            shipping = shipping.add(shopShipping);
            List<SkuOnSale> ofShop = skus.values().stream()
                    .filter(sku -> sku.shopSlug().equals(shop.getKey()))
                    .toList();
            shops.add(new CartShopView(
                    shop.getKey(),
                    shopNames.get(shop.getKey()).shopNameZh(),
                    shopNameEn(shop.getKey(), skus),
                    shop.getValue(),
                    shopGoods,
                    shopShipping,
                    Checkout.coldest(ofShop),
                    List.copyOf(Stores.freshProvinces(ofShop)),
                    bill == null
                            ? List.of()
                            : bill.hints().stream()
                                    .filter(hint -> hint.shopSlug() != null)
                                    .toList()));
        }
        List<PriceHint> platformHints = bills.values().stream()
                .flatMap(bill -> bill.hints().stream())
                .filter(hint -> hint.shopSlug() == null)
                .distinct()
                .toList();
        return new CartView(shops, goods, shipping, goods.add(shipping), platformHints);
    }

    private static CartLineView lineView(StoredLine line, @Nullable SkuOnSale sku, @Nullable PricedLine price) {
        if (sku == null) {
            return new CartLineView(
                    line.skuId(),
                    0,
                    line.titleZh(),
                    null,
                    line.specZh(),
                    null,
                    line.quantity(),
                    line.priceWhenAdded(),
                    line.priceWhenAdded(),
                    zero(),
                    0,
                    PurchaseRule.ANY,
                    CartLineProblem.NOT_ON_SALE,
                    List.of());
        }
        return new CartLineView(
                sku.skuId(),
                sku.productId(),
                sku.titleZh(),
                sku.titleEn(),
                sku.specZh(),
                sku.unit(),
                line.quantity(),
                line.priceWhenAdded(),
                price.unitPrice(),
                price.total(),
                sku.available(),
                sku.purchase(),
                problem(sku, line.quantity()),
                price.adjustments());
    }

    @Nullable
    private static CartLineProblem problem(SkuOnSale sku, int quantity) {
        try {
            sku.purchase().check(quantity);
        } catch (RuleViolationException broken) {
            return CartLineProblem.PURCHASE_RULE;
        }
        return quantity > sku.available() ? CartLineProblem.TOO_FEW_IN_STOCK : null;
    }

    @Nullable
    private static String shopNameEn(String shopSlug, Map<Long, SkuOnSale> skus) {
        return skus.values().stream()
                .filter(s -> s.shopSlug().equals(shopSlug))
                .map(SkuOnSale::shopNameEn)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private Map<Long, SkuOnSale> onSale(List<Long> skuIds) {
        Map<Long, SkuOnSale> skus = new TreeMap<>();
        for (SkuOnSale sku : stock.skusForSale(skuIds)) {
            skus.put(sku.skuId(), sku);
        }
        return skus;
    }

    private List<StoredLine> lines(long cartId) {
        List<StoredLine> lines = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT sku_id, quantity, price_when_added, title_zh, spec_zh, shop_slug, shop_name_zh"
                        + " FROM orders_cart_line WHERE cart_id = ? ORDER BY added_at, sku_id",
                rows -> lines.add(new StoredLine(
                        rows.getLong(1),
                        rows.getInt(2),
                        rows.getBigDecimal(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7))),
                cartId);
        return lines;
    }

    private static Map<Long, StoredLine> byId(List<StoredLine> lines) {
        Map<Long, StoredLine> byId = new LinkedHashMap<>();
        lines.forEach(line -> byId.put(line.skuId(), line));
        return byId;
    }

    /** The holder's cart, created if it has none yet, locked for the rest of the transaction. */
    private long open(CartHolder holder) {
        Optional<Long> found = find(holder, true);
        if (found.isPresent()) {
            touch(found.get());
            return found.get();
        }
        // Two first adds at once: the unique key lets one insert win, the other finds its row.
        Statements.update(
                jdbc,
                "INSERT IGNORE INTO orders_cart (account_id, token_hash, updated_at) VALUES (?, ?, ?)",
                holder.consumer() == null ? null : holder.consumer().accountId(),
                holder.visitorToken() == null ? null : Sha256.hex(holder.visitorToken()),
                Timestamp.from(clock.instant()));
        return find(holder, true).orElseThrow();
    }

    private Optional<Long> find(CartHolder holder, boolean lock) {
        List<Long> found = new ArrayList<>();
        String column = holder.consumer() == null ? "token_hash" : "account_id";
        Object value = holder.consumer() == null
                ? Sha256.hex(holder.visitorToken())
                : holder.consumer().accountId();
        Statements.query(
                jdbc,
                "SELECT id FROM orders_cart WHERE " + column + " = ?" + (lock ? " FOR UPDATE" : ""),
                rows -> found.add(rows.getLong(1)),
                value);
        return found.stream().findFirst();
    }

    private void touch(long cartId) {
        Statements.update(
                jdbc, "UPDATE orders_cart SET updated_at = ? WHERE id = ?", Timestamp.from(clock.instant()), cartId);
    }

    private static void checkHolder(CartHolder holder) {
        if (holder.consumer() != null && holder.consumer().role() != Role.CONSUMER) {
            throw new NotAllowedException("checkout.consumers-only");
        }
        if (holder.visitorToken() != null
                && (holder.visitorToken().length() < 20 || holder.visitorToken().length() > 100)) {
            throw new RuleViolationException("cart.token.invalid");
        }
    }

    private static void checkQuantity(int quantity) {
        if (quantity < 1 || quantity > Checkout.MOST_UNITS) {
            throw new RuleViolationException("checkout.quantity.invalid", Checkout.MOST_UNITS);
        }
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
