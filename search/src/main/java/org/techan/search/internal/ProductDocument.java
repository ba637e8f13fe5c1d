package org.techan.search.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A product as the index holds it: what shoppers search, filter, facet and sort on, flattened from
 * the catalog's view with names of its shop, regions, category and brand, and the pinyin of its
 * Chinese names. Field names are the mapping's (search/product-index.json).
 */
record ProductDocument(
        long id,
        String titleZh,
        String titleEn,
        String descriptionZh,
        String descriptionEn,
        String shopSlug,
        String shopNameZh,
        String shopNameEn,
        String categorySlug,
        List<String> categoryPath,
        String categoryNames,
        String originCode,
        List<String> regionPath,
        String province,
        String city,
        String county,
        String township,
        String regionNamesZh,
        String regionNamesEn,
        List<String> pavilions,
        Map<String, String> badgeValidTo,
        String brandSlug,
        String brandNameZh,
        BigDecimal priceFrom,
        BigDecimal priceTo,
        long stock,
        boolean inStock,
        String temperature,
        int shelfLifeDays,
        boolean fresh,
        List<Integer> harvestMonths,
        boolean povertyRelief,
        long sold,
        String cover,
        String titlePinyin,
        String titleInitials,
        String otherPinyin,
        List<String> typed,
        List<String> shopTyped,
        List<String> provinceTyped,
        List<String> cityTyped,
        List<String> countyTyped,
        List<String> townshipTyped,
        List<String> regionNamesZhList,
        List<String> regionNamesEnList,
        List<String> festivals,
        IndexedBadge campaign,
        IndexedWholesale offered) {

    /**
     * A {@link org.techan.search.CampaignBadge} as the index holds it: its last day as the text the
     * date field takes, as for certificates.
     */
    record IndexedBadge(
            long campaignId,
            String campaignNameZh,
            String campaignNameEn,
            String kind,
            java.math.BigDecimal price,
            String until) {}

    /** A {@link org.techan.search.WholesaleListing} as the index holds it; null while nothing is offered wholesale. */
    record IndexedWholesale(List<String> gradeNames, List<String> packKinds, int fewestPacks, String producingBase) {}
}
