package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** A SKU a shopper can buy now, with what an order line records of it. */
@Serdeable
public record SkuOnSale(
        long skuId,
        long productId,
        String shopSlug,
        String shopNameZh,
        @Nullable String shopNameEn,
        String titleZh,
        @Nullable String titleEn,
        String specZh,
        SaleUnit unit,
        int netWeightGrams,
        BigDecimal price,
        int available,
        TemperatureClass temperature,
        int shelfLifeDays,
        PurchaseRule purchase,
        String originCode) {

    /** Shelf lives this short make goods fresh: collected near where they grow, or not at all. */
    public static final int FRESH_WITHIN_DAYS = 7;

    /**
     * Fresh goods (chilled, or kept a week or less) reach a pickup store only within their
     * origin's province: the cold chain from a producing base runs a day, not across the country.
     */
    public boolean fresh() {
        return temperature == TemperatureClass.CHILLED || shelfLifeDays <= FRESH_WITHIN_DAYS;
    }
}
