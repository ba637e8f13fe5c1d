package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.techan.catalog.ImageView;

@MappedEntity("catalog_product_image")
record ImageRow(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("product_id") long productId,
        int position,
        @MappedProperty("media_key") String mediaKey,
        @MappedProperty("thumbnail_key") String thumbnailKey) {

    ImageView view() {
        return new ImageView(id, mediaKey, thumbnailKey);
    }
}
