package org.techan.storefront;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.techan.orders.DiscountTerms;
import org.techan.orders.Funder;
import org.techan.orders.PriceOffer;
import org.techan.orders.PricingContext;
import org.techan.orders.PricingStage;
import org.techan.orders.PricingStep;

/**
 * A shop's 满99减10 on every line of the shop named by {@code test.pricing.threshold-shop}: a
 * pricing step such as promotions will plug in, for tests of what orders do with a discount.
 */
@Singleton
@Requires(property = "test.pricing.threshold-shop")
class ShopThresholdForTests implements PricingStep {

    private final String shop;

    ShopThresholdForTests(@io.micronaut.context.annotation.Value("${test.pricing.threshold-shop}") String shop) {
        this.shop = shop;
    }

    @Override
    public PricingStage stage() {
        return PricingStage.SHOP_THRESHOLD;
    }

    @Override
    public List<PriceOffer> offers(PricingContext context) {
        List<PricingContext.Line> lines = context.linesOf(shop);
        BigDecimal goods = lines.stream().map(PricingContext.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (goods.compareTo(new BigDecimal("99.00")) < 0) {
            return List.of();
        }
        Set<Long> skus = lines.stream().map(line -> line.item().skuId()).collect(Collectors.toSet());
        return List.of(new PriceOffer.LinesDiscount(
                shop,
                skus,
                new BigDecimal("10.00"),
                DiscountTerms.combinable("满99减10", "test:threshold", Funder.SHOP)));
    }
}
