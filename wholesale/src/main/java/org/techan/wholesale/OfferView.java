package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** A SKU on offer wholesale, with what a buyer's quantity must respect and what each tier costs. */
@Serdeable
public record OfferView(
        long skuId,
        long productId,
        String shopSlug,
        String titleZh,
        String specZh,
        PackKind pack,
        int packNetGrams,
        int minPacks,
        int increment,
        @Nullable Integer maxPacks,
        List<PriceTier> tiers,
        @Nullable Grade grade,
        @Nullable String gradeStandard,
        @Nullable BigDecimal weightTolerancePercent,
        @Nullable Integer packLitres) {

    /** Whether the shop weighs each line at packing: it declared a tolerance. */
    public boolean soldByWeight() {
        return weightTolerancePercent != null;
    }

    /** What one pack costs when {@code packs} are bought; null below the minimum. */
    public @Nullable BigDecimal unitPriceFor(int packs) {
        BigDecimal price = null;
        for (PriceTier tier : tiers) {
            if (packs >= tier.minPacks()) {
                price = tier.unitPrice();
            }
        }
        return price;
    }

    /** Whether {@code packs} is a quantity this offer sells: from the minimum, in steps, up to the maximum. */
    public boolean sells(int packs) {
        return packs >= minPacks && (packs - minPacks) % increment == 0 && (maxPacks == null || packs <= maxPacks);
    }
}
