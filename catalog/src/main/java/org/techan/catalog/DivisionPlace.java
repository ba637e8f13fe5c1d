package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * Where a division's seat lies (its county town, its city's seat, its provincial capital), from
 * reference data, for coordinates without a map. {@code code} and {@code nameZh} name the division
 * whose seat it is: the one asked for, or its nearest ancestor with a known seat (a township takes
 * its county's). An approximation that whoever uses it may correct.
 */
@Serdeable
public record DivisionPlace(String code, String nameZh, BigDecimal latitude, BigDecimal longitude) {}
