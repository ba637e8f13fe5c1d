package org.techan.catalog;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * One way a product is sold: "5 斤 家庭装" at ¥88.00, say, optionally with a purchase rule
 * (minimum, step, limit per order, limit per person over a number of days; empty means any
 * number of units). Stock arrives through batches.
 */
@Serdeable
public record SkuCommand(
        @Nullable String specZh,
        @Nullable String specEn,
        @Nullable SaleUnit unit,
        int netWeightGrams,
        @Nullable BigDecimal price,
        @Nullable Integer minQuantity,
        @Nullable Integer quantityStep,
        @Nullable Integer maxPerOrder,
        @Nullable Integer maxPerBuyer,
        @Nullable Integer buyerWindowDays) {

    @Creator
    public SkuCommand {}

    /** A SKU without a per-person limit. */
    public SkuCommand(
            @Nullable String specZh,
            @Nullable String specEn,
            @Nullable SaleUnit unit,
            int netWeightGrams,
            @Nullable BigDecimal price,
            @Nullable Integer minQuantity,
            @Nullable Integer quantityStep,
            @Nullable Integer maxPerOrder) {
        this(specZh, specEn, unit, netWeightGrams, price, minQuantity, quantityStep, maxPerOrder, null, null);
    }

    /** A SKU sold in any number of units. */
    public SkuCommand(
            @Nullable String specZh,
            @Nullable String specEn,
            @Nullable SaleUnit unit,
            int netWeightGrams,
            @Nullable BigDecimal price) {
        this(specZh, specEn, unit, netWeightGrams, price, null, null, null);
    }
}
