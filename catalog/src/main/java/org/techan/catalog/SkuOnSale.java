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
        PurchaseRule purchase) {}
