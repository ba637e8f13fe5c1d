package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.techan.platform.Actor;

/**
 * What is being bought, by whom, at list prices: the question every price decision answers.
 *
 * @param coupons the codes of the coupons the buyer chose for this checkout
 */
public record PricingRequest(@Nullable Actor buyer, List<Item> items, Set<String> coupons) {

    public PricingRequest {
        items = List.copyOf(items);
        coupons = coupons == null ? Set.of() : Set.copyOf(coupons);
    }

    /** A request without coupons. */
    public PricingRequest(@Nullable Actor buyer, List<Item> items) {
        this(buyer, items, Set.of());
    }

    public record Item(long skuId, long productId, String shopSlug, BigDecimal listPrice, int quantity) {}
}
