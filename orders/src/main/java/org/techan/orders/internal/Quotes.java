package org.techan.orders.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.techan.catalog.SkuOnSale;
import org.techan.orders.PriceHint;
import org.techan.orders.PriceQuote;
import org.techan.orders.PricedLine;
import org.techan.orders.PricingRequest;
import org.techan.orders.ShippingRule;
import org.techan.platform.Actor;

/**
 * Prices a set of SKUs the way a checkout charges them: through the pricing pipeline, goods and
 * delivery per shop. The cart shows exactly what checkout will charge because both ask here.
 */
@Singleton
class Quotes {

    private final PricingPipeline pricing;
    private final DeliveryCharges delivery;

    Quotes(PricingPipeline pricing, DeliveryCharges delivery) {
        this.pricing = pricing;
        this.delivery = delivery;
    }

    /**
     * One shop's part: its SKUs priced, what their goods cost and what delivering them costs, and
     * the discounts it is close to (the platform's, shopSlug null, come with every shop's bill).
     */
    record ShopBill(
            String slug,
            String nameZh,
            List<SkuOnSale> skus,
            Map<Long, PricedLine> lines,
            BigDecimal goods,
            PriceQuote.Delivery delivery,
            List<PriceHint> hints) {

        BigDecimal shipping() {
            return delivery.net();
        }

        BigDecimal total() {
            return goods.add(shipping());
        }
    }

    /** Bills per shop, in shop order, for the SKUs in {@code units}, delivered to the buyer. */
    List<ShopBill> bills(Actor buyer, Map<Long, Integer> units, Map<Long, SkuOnSale> skus) {
        return bills(buyer, units, skus, null);
    }

    /** As {@link #bills(Actor, Map, Map)}, with the buyer's choice of coupons (null: the best they hold). */
    List<ShopBill> bills(
            Actor buyer, Map<Long, Integer> units, Map<Long, SkuOnSale> skus, @Nullable Set<String> coupons) {
        return bills(buyer, units, skus, delivery::rule, Set.of(), coupons);
    }

    /**
     * Bills per shop, in shop order, for the SKUs in {@code units}: the shops in {@code collected}
     * are collected at a store and charge no delivery; the others charge by their rules.
     */
    List<ShopBill> bills(
            Actor buyer,
            Map<Long, Integer> units,
            Map<Long, SkuOnSale> skus,
            Function<String, ShippingRule> rules,
            Set<String> collected,
            @Nullable Set<String> coupons) {
        if (units.isEmpty()) {
            return List.of();
        }
        Map<String, List<SkuOnSale>> byShop = new TreeMap<>();
        List<PricingRequest.Item> items = new ArrayList<>();
        for (Map.Entry<Long, Integer> unit : new TreeMap<>(units).entrySet()) {
            SkuOnSale sku = skus.get(unit.getKey());
            byShop.computeIfAbsent(sku.shopSlug(), slug -> new ArrayList<>()).add(sku);
            items.add(new PricingRequest.Item(
                    sku.skuId(), sku.productId(), sku.shopSlug(), sku.price(), unit.getValue()));
        }
        PriceQuote quote = pricing.quote(new PricingRequest(buyer, items, coupons), (shop, goods) -> {
            if (collected.contains(shop)) {
                return BigDecimal.ZERO.setScale(2);
            }
            long grams = byShop.get(shop).stream()
                    .mapToLong(sku -> (long) sku.netWeightGrams() * units.get(sku.skuId()))
                    .sum();
            return rules.apply(shop).chargeFor(goods, grams);
        });
        List<ShopBill> bills = new ArrayList<>();
        byShop.forEach((slug, shopSkus) -> {
            Map<Long, PricedLine> lines = new TreeMap<>();
            shopSkus.forEach(sku -> lines.put(sku.skuId(), quote.lines().get(sku.skuId())));
            bills.add(new ShopBill(
                    slug,
                    shopSkus.get(0).shopNameZh(),
                    shopSkus,
                    lines,
                    quote.goods(List.copyOf(lines.keySet())),
                    quote.deliveries().get(slug),
                    quote.hints().stream()
                            .filter(hint ->
                                    hint.shopSlug() == null || hint.shopSlug().equals(slug))
                            .toList()));
        });
        return bills;
    }

    /** The line of one SKU as a checkout of {@code quantity} units alone would price it. */
    PricedLine line(Actor buyer, SkuOnSale sku, int quantity) {
        return bills(buyer, Map.of(sku.skuId(), quantity), Map.of(sku.skuId(), sku))
                .get(0)
                .lines()
                .get(sku.skuId());
    }
}
