package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.techan.catalog.RegionLevel;
import org.techan.catalog.RegionView;

@MappedEntity("catalog_region")
record RegionRow(
        @Id String code,
        @Nullable @MappedProperty("parent_code") String parentCode,
        RegionLevel level,
        @MappedProperty("name_zh") String nameZh,
        @Nullable @MappedProperty("name_en") String nameEn) {

    RegionView view() {
        return new RegionView(code, level, nameZh, nameEn, parentCode);
    }
}
