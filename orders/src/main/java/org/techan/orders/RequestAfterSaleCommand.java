package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** A buyer's after-sale request on one paid order: what, why, how much, and in their own words. */
@Serdeable
public record RequestAfterSaleCommand(
        @Nullable AfterSaleKind kind,
        @Nullable AfterSaleReason reason,
        @Nullable BigDecimal amount,
        @Nullable String details) {}
