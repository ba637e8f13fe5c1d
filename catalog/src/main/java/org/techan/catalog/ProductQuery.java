package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;

/** Filters for the public product list; each one left null does not filter. */
public record ProductQuery(@Nullable String categorySlug, @Nullable RegionCode region, @Nullable String shopSlug) {

    public static ProductQuery everything() {
        return new ProductQuery(null, null, null);
    }
}
