package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import org.techan.catalog.TemperatureClass;

/** A {@link org.techan.catalog.SaveProductCommand} after every check passed. */
record ProductDetails(
        long categoryId,
        String titleZh,
        @Nullable String titleEn,
        String descriptionZh,
        @Nullable String descriptionEn,
        String originCode,
        TemperatureClass temperature,
        int shelfLifeDays,
        int harvestMonths,
        boolean povertyRelief) {}
