package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * A shop enrolling one of its SKUs in a campaign at a campaign price, optionally for at most
 * {@code capUnits} units.
 */
@Serdeable
public record EnrolCommand(long skuId, BigDecimal campaignPrice, @Nullable Integer capUnits) {}
