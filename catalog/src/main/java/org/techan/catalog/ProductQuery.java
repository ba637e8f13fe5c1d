package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;

/** Filters for the public product list; each one left null does not filter. */
public record ProductQuery(
        @Nullable String categorySlug,
        @Nullable RegionCode region,
        @Nullable String shopSlug,
        @Nullable Integer harvestMonth,
        @Nullable String titleContains) {

    public ProductQuery(
            @Nullable String categorySlug,
            @Nullable RegionCode region,
            @Nullable String shopSlug,
            @Nullable Integer harvestMonth) {
        this(categorySlug, region, shopSlug, harvestMonth, null);
    }

    public ProductQuery(@Nullable String categorySlug, @Nullable RegionCode region, @Nullable String shopSlug) {
        this(categorySlug, region, shopSlug, null, null);
    }

    public static ProductQuery everything() {
        return new ProductQuery(null, null, null, null, null);
    }

    /** Products harvested in {@code month} (1–12): what is in season. */
    public static ProductQuery inSeason(int month) {
        return new ProductQuery(null, null, null, month, null);
    }
}
