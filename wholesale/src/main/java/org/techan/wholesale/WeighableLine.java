package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** A line of a bulk order the shop weighs at packing: its packs, their net weight and the tolerance. */
@Serdeable
public record WeighableLine(
        long skuId, String titleZh, int packs, long expectedGrams, BigDecimal tolerancePercent, boolean weighed) {}
