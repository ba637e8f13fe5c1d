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
        @Nullable String festival,
        SearchSort sort,
        int page,
        int size,
        @Nullable WholesaleFilter wholesale) {

    public SearchQuery {
        certificates = certificates == null ? Set.of() : Set.copyOf(certificates);
        temperatures = temperatures == null ? Set.of() : Set.copyOf(temperatures);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /** Everything matching {@code text}, most relevant first. */
    public static SearchQuery text(String text) {
        return new SearchQuery(
                text, null, null, Set.of(), Set.of(), null, null, null, false, false, false, false, null, null, 0, 20,
                null);
    }

    /** Every product on sale, most relevant first: a starting point for the filters below. */
    public static SearchQuery everything() {
        return text(null);
    }

    public SearchQuery inCategory(String slug) {
        return new SearchQuery(
                text,
                slug,
                region,
                certificates,
                temperatures,
                pavilion,
                priceMin,
                priceMax,
                inStockOnly,
                freshOnly,
                inSeasonOnly,
                povertyReliefOnly,
                festival,
                sort,
                page,
                size,
                wholesale);
    }

    public SearchQuery inRegion(RegionCode code) {
        return new SearchQuery(
                text,
                category,
                code,
                certificates,
                temperatures,
                pavilion,
                priceMin,
                priceMax,
                inStockOnly,
                freshOnly,
                inSeasonOnly,
                povertyReliefOnly,
                festival,
                sort,
                page,
                size,
                wholesale);
    }

    public SearchQuery inPavilion(String slug) {
        return new SearchQuery(
                text,
                category,
                region,
                certificates,
                temperatures,
                slug,
                priceMin,
                priceMax,
                inStockOnly,
                freshOnly,
                inSeasonOnly,
                povertyReliefOnly,
                festival,
                sort,
                page,
                size,
                wholesale);
    }

    public SearchQuery certified(Set<CertificateKind> kinds) {
        return new SearchQuery(
                text,
                category,
                region,
                kinds,
                temperatures,
                pavilion,
                priceMin,
                priceMax,
                inStockOnly,
                freshOnly,
                inSeasonOnly,
                povertyReliefOnly,
                festival,
                sort,
                page,
                size,
                wholesale);
    }

    public SearchQuery kept(Set<TemperatureClass> classes) {
        return new SearchQuery(
                text,
                category,
                region,
                certificates,
                classes,
                pavilion,
                priceMin,
                priceMax,
                inStockOnly,
                freshOnly,
                inSeasonOnly,
                povertyReliefOnly,
                festival,
                sort,
                page,
                size,
                wholesale);
    }

    public SearchQuery pricedBetween(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        return new SearchQuery(
                text,
                category,
                region,
                certificates,
                temperatures,
                pavilion,
                min,
                max,
                inStockOnly,
                freshOnly,
                inSeasonOnly,
                povertyReliefOnly,
                festival,
                sort,
                page,
                size,
                wholesale);
    }

    /** Only what the filters name ({@code true} keeps a filter on): in stock, fresh, in season, poverty relief. */
    public SearchQuery only(boolean inStock, boolean fresh, boolean inSeason, boolean povertyRelief) {
        return new SearchQuery(
                text,
                category,
                region,
                certificates,
                temperatures,
                pavilion,
                priceMin,
                priceMax,
                inStock,
                fresh,
                inSeason,
                povertyRelief,
                festival,
                sort,
                page,
                size,
                wholesale);
    }

    /** Only products a festival's campaigns sell (warming up or live). */
    public SearchQuery inFestival(@Nullable String slug) {
        return new SearchQuery(
                text,
                category,
                region,
                certificates,
                temperatures,
                pavilion,
                priceMin,
                priceMax,
                inStockOnly,
                freshOnly,
                inSeasonOnly,
                povertyReliefOnly,
                slug,
                sort,
                page,
                size,
                wholesale);
    }

    public SearchQuery sortedBy(SearchSort order) {
        return new SearchQuery(
                text,
                category,
                region,
                certificates,
                temperatures,
                pavilion,
                priceMin,
                priceMax,
                inStockOnly,
                freshOnly,
                inSeasonOnly,
                povertyReliefOnly,
                festival,
                order,
                page,
                size,
                wholesale);
    }

    public SearchQuery page(int number, int ofSize) {
        return new SearchQuery(
                text,
                category,
                region,
                certificates,
                temperatures,
                pavilion,
                priceMin,
                priceMax,
                inStockOnly,
                freshOnly,
                inSeasonOnly,
                povertyReliefOnly,
                festival,
                sort,
                number,
                ofSize,
                wholesale);
    }

    /** The wholesale catalogue: only products offered wholesale, filtered as {@code filter} says. */
    public SearchQuery wholesale(WholesaleFilter filter) {
        return new SearchQuery(
                text,
                category,
                region,
                certificates,
                temperatures,
                pavilion,
                priceMin,
                priceMax,
                inStockOnly,
                freshOnly,
                inSeasonOnly,
                povertyReliefOnly,
                festival,
                sort,
                page,
                size,
                filter);
    }
}
