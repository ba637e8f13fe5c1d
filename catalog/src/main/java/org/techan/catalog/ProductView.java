package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** A product with its SKUs, as shoppers and the shop's staff see it. */
@Serdeable
public record ProductView(
        long id,
        String shopSlug,
        String shopNameZh,
        @Nullable String shopNameEn,
        String categorySlug,
        String titleZh,
        @Nullable String titleEn,
        String descriptionZh,
        @Nullable String descriptionEn,
        String originCode,
        TemperatureClass temperature,
        int shelfLifeDays,
        List<Integer> harvestMonths,
        boolean povertyRelief,
        ProductStatus status,
        List<SkuView> skus,
        List<BatchView> batches,
        List<CertificateView> certificates,
        @Nullable BrandView brand,
        List<ImageView> images) {

    /** The lowest SKU price, or null for a product without SKUs. */
    public @Nullable BigDecimal priceFrom() {
        return skus.stream().map(SkuView::price).min(Comparator.naturalOrder()).orElse(null);
    }

    public boolean inStock() {
        return skus.stream().anyMatch(SkuView::inStock);
    }

    /** The most recently harvested batch not recalled, whose trace the product page offers as a QR code. */
    public @Nullable BatchView latestBatch() {
        return batches.stream()
                .filter(batch -> !batch.recalled())
                .max(Comparator.comparing(BatchView::harvestDate).thenComparing(BatchView::receivedAt))
                .orElse(null);
    }

    /** A recalled batch flags its product until every recalled unit is accounted for. */
    public boolean hasRecalledBatch() {
        return batches.stream().anyMatch(BatchView::recalled);
    }

    /** The marks shoppers see today: verified certificates inside their validity period. */
    public List<CertificateView> badges() {
        return certificates.stream().filter(CertificateView::badge).toList();
    }

    public boolean inSeason(int month) {
        return harvestMonths.contains(month);
    }
}
