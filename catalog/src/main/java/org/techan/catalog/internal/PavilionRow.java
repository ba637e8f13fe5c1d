package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.techan.catalog.PavilionView;

@MappedEntity("catalog_pavilion")
record PavilionRow(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        @MappedProperty("region_code") String regionCode,
        @MappedProperty("name_zh") String nameZh,
        @Nullable @MappedProperty("name_en") String nameEn,
        @Nullable @MappedProperty("story_zh") String storyZh,
        @Nullable @MappedProperty("story_en") String storyEn,
        @Nullable @MappedProperty("banner_url") String bannerUrl,
        int position) {

    PavilionView view() {
        return new PavilionView(slug, regionCode, nameZh, nameEn, storyZh, storyEn, bannerUrl);
    }
}
