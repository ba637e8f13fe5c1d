package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/**
 * A discount an order is being placed with, as {@link DiscountClaims} see it.
 *
 * @param skuId the line it is on; null for a delivery discount
 * @param quantity the line's units; 0 for a delivery discount
 * @param lineTotal what the buyer pays for the line after every discount; the delivery charge
 *     after its discount for a delivery discount
 */
public record AppliedDiscount(
        String orderNumber,
        String shopSlug,
        @Nullable Long skuId,
        int quantity,
        BigDecimal lineTotal,
        PriceAdjustment adjustment) {}
