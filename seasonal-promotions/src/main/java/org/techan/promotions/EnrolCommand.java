package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * A shop enrolling one of its SKUs in a campaign: at a campaign price for a 直降 campaign (none for
 * any other rule), optionally for at most {@code capUnits} units at a 直降 or 折扣 price.
 */
@Serdeable
public record EnrolCommand(long skuId, @Nullable BigDecimal campaignPrice, @Nullable Integer capUnits) {}
