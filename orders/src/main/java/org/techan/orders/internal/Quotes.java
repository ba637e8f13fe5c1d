package org.techan.orders.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.techan.catalog.SkuOnSale;
import org.techan.orders.PriceQuote;
import org.techan.orders.PricingPort;
import org.techan.orders.PricingRequest;
import org.techan.orders.ShippingRule;
import org.techan.platform.Actor;

/**
 * Prices a set of SKUs the way a checkout charges them: unit prices from the pricing port, goods
 * and delivery per shop. The cart shows exactly what checkout will charge because both ask here.
 */
@Singleton
class Quotes {

    private final PricingPort pricing;
    private final DeliveryCharges delivery;

    Quotes(PricingPort pricing, DeliveryCharges delivery) {
        this.pricing = pricing;
        this.delivery = delivery;
    }

    /** One shop's part: its SKUs, what their goods cost and what delivering them costs. */
    record ShopBill(String slug, String nameZh, List<SkuOnSale> skus, BigDecimal goods, BigDecimal shipping) {

        BigDecimal total() {
            return goods.add(shipping);
        }

        /** The same goods collected at a store: no delivery charge. */
        ShopBill collected() {
            return new ShopBill(slug, nameZh, skus, goods, BigDecimal.ZERO.setScale(2));
        }
    }

    /** The unit price of every SKU in {@code units}, as the pricing port decides for this buyer. */
    Map<Long, BigDecimal> unitPrices(Actor buyer, Map<Long, Integer> units, Map<Long, SkuOnSale> skus) {
        if (units.isEmpty()) {
            return Map.of();
        }
        PriceQuote quote = pricing.quote(new PricingRequest(
                buyer,
                units.entrySet().stream()
                        .map(u -> {
                            SkuOnSale sku = skus.get(u.getKey());
                            return new PricingRequest.Item(
                                    sku.skuId(), sku.productId(), sku.shopSlug(), sku.price(), u.getValue());
                        })
                        .toList()));
        Map<Long, BigDecimal> prices = new TreeMap<>();
        for (Long skuId : units.keySet()) {
            BigDecimal price = quote.unitPrices().get(skuId);
            if (price == null
                    || price.signum() < 0
                    || price.stripTrailingZeros().scale() > 2) {
                throw new IllegalStateException("The pricing port gave no valid price for SKU " + skuId);
            }
            prices.put(skuId, price.setScale(2));
        }
        return prices;
    }

    /** Bills per shop, in shop order, for the SKUs in {@code units} at {@code prices}. */
    List<ShopBill> bills(Map<Long, Integer> units, Map<Long, SkuOnSale> skus, Map<Long, BigDecimal> prices) {
        return bills(units, skus, prices, delivery::rule);
    }

    /** As {@link #bills(Map, Map, Map)}, with the shops' delivery rules already at hand. */
    List<ShopBill> bills(
            Map<Long, Integer> units,
            Map<Long, SkuOnSale> skus,
            Map<Long, BigDecimal> prices,
            java.util.function.Function<String, ShippingRule> rules) {
        Map<String, List<SkuOnSale>> byShop = new TreeMap<>();
        for (Long skuId : units.keySet()) {
            SkuOnSale sku = skus.get(skuId);
            byShop.computeIfAbsent(sku.shopSlug(), slug -> new ArrayList<>()).add(sku);
        }
        List<ShopBill> bills = new ArrayList<>();
        byShop.forEach((slug, shopSkus) -> {
            BigDecimal goods = BigDecimal.ZERO.setScale(2);
            long grams = 0;
            for (SkuOnSale sku : shopSkus) {
                int quantity = units.get(sku.skuId());
                goods = goods.add(prices.get(sku.skuId()).multiply(BigDecimal.valueOf(quantity)));
                grams += (long) sku.netWeightGrams() * quantity;
            }
            bills.add(new ShopBill(
                    slug,
                    shopSkus.get(0).shopNameZh(),
                    shopSkus,
                    goods,
                    rules.apply(slug).chargeFor(goods, grams)));
        });
        return bills;
    }
}
