package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

@MappedEntity("catalog_category")
record CategoryRow(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        @Nullable @MappedProperty("parent_id") Long parentId,
        @MappedProperty("name_zh") String nameZh,
        @MappedProperty("name_en") String nameEn,
        int position) {}
