package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.techan.platform.Actor;

/**
 * What is being bought, by whom, at list prices: the question every price decision answers.
 *
 * @param coupons the coupons the buyer chose for this checkout, as the coupon step names them;
 *     null lets the pipeline take the best of the buyer's coupons, empty means none
 */
public record PricingRequest(@Nullable Actor buyer, List<Item> items, @Nullable Set<String> coupons) {

    public PricingRequest {
        items = List.copyOf(items);
        coupons = coupons == null ? null : Set.copyOf(coupons);
    }

    /** A request that takes the best of the buyer's coupons. */
    public PricingRequest(@Nullable Actor buyer, List<Item> items) {
        this(buyer, items, null);
    }

    public record Item(long skuId, long productId, String shopSlug, BigDecimal listPrice, int quantity) {}
}
