package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Set;

/**
 * What a {@link PricingStep} offers a checkout. The pipeline, not the step, picks among the offers
 * of a stage (the best for the buyer within the stage's limits) and records what it applied.
 */
public sealed interface PriceOffer {

    /**
     * A unit price for one line: a base price ({@link PricingStage#BASE_PRICE}, the first step's
     * offer wins) or a lower price ({@link PricingStage#ITEM_PRICE}, the lowest wins).
     */
    record LinePrice(long skuId, BigDecimal unitPrice, DiscountTerms terms) implements PriceOffer {}

    /**
     * An amount off some lines, shared among them in proportion to what they cost so far, to the
     * cent. {@code shopSlug} names the shop whose rule or coupon it is; null for the platform's.
     */
    record LinesDiscount(@Nullable String shopSlug, Set<Long> skuIds, BigDecimal amount, DiscountTerms terms)
            implements PriceOffer {

        public LinesDiscount {
            skuIds = Set.copyOf(skuIds);
        }
    }

    /** An amount off one shop's delivery charge ({@link PricingStage#DELIVERY}). */
    record DeliveryDiscount(String shopSlug, BigDecimal amount, DiscountTerms terms) implements PriceOffer {}
}
