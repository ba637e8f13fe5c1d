package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** A line as bought: the price list said {@code listPrice}, the buyer pays {@code unitPrice}. */
@Serdeable
public record OrderLineView(
        long skuId,
        long productId,
        String titleZh,
        String specZh,
        BigDecimal listPrice,
        BigDecimal unitPrice,
        int quantity,
        BigDecimal lineTotal) {}
