package org.techan.orders;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line as the pipeline priced it.
 *
 * @param basePrice the unit price the line started from (the list price unless a base step set another)
 * @param unitPrice the unit price after the item stage
 * @param discount the order-level discounts (thresholds, coupons) this line carries, to the cent
 * @param total what the buyer pays for the line: {@code unitPrice × quantity − discount}, never below zero
 * @param adjustments every discount on the line, item-level included
 */
public record PricedLine(
        long skuId,
        BigDecimal listPrice,
        BigDecimal basePrice,
        BigDecimal unitPrice,
        int quantity,
        BigDecimal discount,
        BigDecimal total,
        List<PriceAdjustment> adjustments) {

    public PricedLine {
        adjustments = List.copyOf(adjustments);
    }
}
