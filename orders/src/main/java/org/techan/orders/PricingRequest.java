package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import org.techan.platform.Actor;

/** What is being bought, by whom, at list prices: the question every price decision answers. */
public record PricingRequest(@Nullable Actor buyer, List<Item> items) {

    public record Item(long skuId, long productId, String shopSlug, BigDecimal listPrice, int quantity) {}
}
