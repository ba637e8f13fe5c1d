package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A shop's delivery charge per order: {@code baseFee} flat, or for the first kilogram with
 * {@code perExtraKg} for every started kilogram above it; nothing once the goods cost
 * {@code freeFrom} or more.
 */
@Serdeable
public record ShippingRule(
        @Nullable ShippingKind kind,
        @Nullable BigDecimal baseFee,
        @Nullable BigDecimal perExtraKg,
        @Nullable BigDecimal freeFrom) {

    /** The marketplace's rule for shops that set none: ¥10 an order, free from ¥99. */
    public static final ShippingRule MARKETPLACE_DEFAULT =
            new ShippingRule(ShippingKind.FLAT, new BigDecimal("10.00"), null, new BigDecimal("99.00"));

    private static final long GRAMS_PER_KG = 1000;

    public BigDecimal chargeFor(BigDecimal goodsTotal, long grams) {
        if (freeFrom != null && goodsTotal.compareTo(freeFrom) >= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (kind == ShippingKind.FLAT) {
            return baseFee.setScale(2, RoundingMode.UNNECESSARY);
        }
        long startedKg = Math.max(1, (grams + GRAMS_PER_KG - 1) / GRAMS_PER_KG);
        return baseFee.add(perExtraKg.multiply(BigDecimal.valueOf(startedKg - 1)))
                .setScale(2, RoundingMode.UNNECESSARY);
    }
}
