package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * One band of a shop's bulk freight: a shop's part of a bulk order up to {@code upTo} kilograms
 * net (or litres, when the shop charges by volume) pays {@code charge}; the last band has no limit
 * (null) and covers everything more.
 */
@Serdeable
public record FreightBand(@Nullable Integer upTo, @Nullable BigDecimal charge) {}
