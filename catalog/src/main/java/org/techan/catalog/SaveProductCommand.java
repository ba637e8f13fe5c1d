package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A product's details as a shop enters them. {@code skus} is used when the product is created;
 * later SKU changes go through their own commands so SKU ids (which orders refer to) stay put.
 */
@Serdeable
public record SaveProductCommand(
        @Nullable String categorySlug,
        @Nullable String titleZh,
        @Nullable String titleEn,
        @Nullable String descriptionZh,
        @Nullable String descriptionEn,
        @Nullable String originCode,
        @Nullable TemperatureClass temperature,
        int shelfLifeDays,
        @Nullable List<Integer> harvestMonths,
        boolean povertyRelief,
        @Nullable List<SkuCommand> skus) {}
