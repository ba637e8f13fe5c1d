package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.techan.catalog.BrandView;

@MappedEntity("catalog_brand")
record BrandRow(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        @MappedProperty("name_zh") String nameZh,
        @Nullable @MappedProperty("name_en") String nameEn,
        @MappedProperty("region_code") String regionCode,
        @MappedProperty("owner_zh") String ownerZh) {

    BrandView view() {
        return new BrandView(slug, nameZh, nameEn, regionCode, ownerZh);
    }
}
