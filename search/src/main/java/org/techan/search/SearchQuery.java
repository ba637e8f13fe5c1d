package org.techan.search;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Set;
import org.techan.catalog.CertificateKind;
import org.techan.catalog.RegionCode;
import org.techan.catalog.TemperatureClass;

/**
 * A shopper's search: free text (Chinese, English or pinyin) and filters, each null or empty one
 * not filtering. Values ticked within one facet are alternatives; different facets all apply.
 * {@code page} counts from 0.
 */
public record SearchQuery(
        @Nullable String text,
        @Nullable String category,
        @Nullable RegionCode region,
        Set<CertificateKind> certificates,
        Set<TemperatureClass> temperatures,
        @Nullable String pavilion,
        @Nullable BigDecimal priceMin,
        @Nullable BigDecimal priceMax,
        boolean inStockOnly,
        boolean freshOnly,
        boolean inSeasonOnly,
        boolean povertyReliefOnly,
        SearchSort sort,
        int page,
        int size) {

    public SearchQuery {
        certificates = certificates == null ? Set.of() : Set.copyOf(certificates);
        temperatures = temperatures == null ? Set.of() : Set.copyOf(temperatures);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /** Everything matching {@code text}, most relevant first. */
    public static SearchQuery text(String text) {
        return new SearchQuery(
                text, null, null, Set.of(), Set.of(), null, null, null, false, false, false, false, null, 0, 20);
    }
}
