package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A line as bought: the price list said {@code listPrice}, the buyer pays {@code unitPrice} a unit
 * and {@code lineTotal} in all, after the {@code adjustments} (a campaign price, its share of a 满减
 * or coupon), each with its label and who funds it.
 */
@Serdeable
public record OrderLineView(
        long skuId,
        long productId,
        String titleZh,
        String specZh,
        BigDecimal listPrice,
        BigDecimal unitPrice,
        int quantity,
        BigDecimal lineTotal,
        List<PriceAdjustment> adjustments) {

    public OrderLineView {
        adjustments = List.copyOf(adjustments);
    }
}
