package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A checkout as the pricing pipeline priced it: every line, each shop's delivery charge, and the
 * discounts it is close to.
 */
public record PriceQuote(Map<Long, PricedLine> lines, Map<String, Delivery> deliveries, List<PriceHint> hints) {

    public PriceQuote {
        lines = Map.copyOf(lines);
        deliveries = Map.copyOf(deliveries);
        hints = List.copyOf(hints);
    }

    /** A shop's delivery charge before and after its discount. */
    public record Delivery(BigDecimal charge, @Nullable PriceAdjustment discount) {

        public BigDecimal net() {
            return discount == null ? charge : charge.subtract(discount.amount());
        }
    }

    /** What the buyer pays for a shop's lines in {@code skuIds}. */
    public BigDecimal goods(List<Long> skuIds) {
        return skuIds.stream().map(id -> lines.get(id).total()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
