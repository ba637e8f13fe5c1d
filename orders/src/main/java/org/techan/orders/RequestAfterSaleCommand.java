package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A buyer's after-sale request on one paid order: what, why, which lines and how many, how much
 * (none: what those units cost), and in their own words.
 */
@Serdeable
public record RequestAfterSaleCommand(
        @Nullable AfterSaleKind kind,
        @Nullable AfterSaleReason reason,
        @Nullable BigDecimal amount,
        @Nullable String details,
        @Nullable List<AfterSaleLine> lines) {}
