package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.LocalDate;

@MappedEntity("catalog_brand_licence")
record LicenceRow(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("brand_id") long brandId,
        @MappedProperty("shop_id") long shopId,
        @MappedProperty("valid_from") LocalDate validFrom,
        @MappedProperty("valid_to") LocalDate validTo) {

    boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
