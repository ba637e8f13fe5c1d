package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** A discount the pipeline applied to a line or a delivery charge: how much, at which stage, why. */
@Serdeable
public record PriceAdjustment(PricingStage stage, BigDecimal amount, DiscountTerms terms) {}
