package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * One band of a shop's bulk freight: a shop's part of a bulk order weighing up to {@code upToKg}
 * (net) pays {@code charge}; the last band has no limit (null) and covers everything heavier.
 */
@Serdeable
public record FreightBand(@Nullable Integer upToKg, @Nullable BigDecimal charge) {}
