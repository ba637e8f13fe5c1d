package org.techan.search.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The part of a {@link ProductDocument} a result shows, and all the engine sends back of each hit:
 * a document's descriptions, pinyin and typed forms are a good half of it and are only searched.
 */
record HitFields(
        long id,
        String titleZh,
        String titleEn,
        String shopSlug,
        String shopNameZh,
        String shopNameEn,
        String categorySlug,
        String originCode,
        BigDecimal priceFrom,
        boolean inStock,
        String temperature,
        boolean povertyRelief,
        Map<String, String> badgeValidTo,
        String brandNameZh,
        String cover,
        ProductDocument.IndexedBadge campaign) {

    /** The document fields named as the index holds them. */
    static final List<String> NAMES = List.of(
            "id",
            "titleZh",
            "titleEn",
            "shopSlug",
            "shopNameZh",
            "shopNameEn",
            "categorySlug",
            "originCode",
            "priceFrom",
            "inStock",
            "temperature",
            "povertyRelief",
            "badgeValidTo",
            "brandNameZh",
            "cover",
            "campaign");

    /** Badges are absent from a document without any; the result shows none. */
    Map<String, String> badges() {
        return badgeValidTo == null ? Map.of() : badgeValidTo;
    }
}
