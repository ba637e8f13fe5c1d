package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * A line the shop packs in a lower grade than was ordered, and the price per pack it offers for
 * it, below what the buyer paid.
 */
@Serdeable
public record LowerGrade(long skuId, @Nullable Grade packedGrade, @Nullable BigDecimal unitPrice) {}
