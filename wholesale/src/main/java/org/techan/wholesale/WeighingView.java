package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A line of a bulk order as weighed at packing: what was ordered and what was packed, the
 * tolerance declared, and what the shortfall is worth (its share of the line's price).
 */
@Serdeable
public record WeighingView(
        String orderNumber,
        String groupNumber,
        long skuId,
        String titleZh,
        int packs,
        long expectedGrams,
        long actualGrams,
        BigDecimal tolerancePercent,
        BigDecimal lineTotal,
        BigDecimal shortfallAmount,
        WeighingState state,
        Instant weighedAt) {}
