package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A shop offers one of its SKUs wholesale: one unit of the SKU is one pack (its kind and net
 * weight), bought from {@code minPacks} on in steps of {@code increment}, up to {@code maxPacks}
 * when given, at tiered prices (the first tier starts at the minimum); a grade with the standard
 * it follows, when the produce is graded. Produce sold by weight declares the shortfall tolerated
 * per line, in percent of its net weight (at most 10): a line packed lighter than ordered but
 * within it is refunded the difference at once (称重差价); beyond it the buyer decides. {@code
 * packLitres}, the space one pack takes, is needed when the shop charges bulk freight by volume.
 */
@Serdeable
public record OfferCommand(
        long skuId,
        @Nullable PackKind pack,
        int packNetGrams,
        int minPacks,
        int increment,
        @Nullable Integer maxPacks,
        @Nullable List<PriceTier> tiers,
        @Nullable Grade grade,
        @Nullable String gradeStandard,
        @Nullable java.math.BigDecimal weightTolerancePercent,
        @Nullable Integer packLitres) {}
