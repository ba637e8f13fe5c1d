package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import org.techan.catalog.ProductStatus;
import org.techan.catalog.TemperatureClass;

@MappedEntity("catalog_product")
record ProductRow(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("shop_id") long shopId,
        @MappedProperty("category_id") long categoryId,
        @Nullable @MappedProperty("brand_id") Long brandId,
        @MappedProperty("title_zh") String titleZh,
        @Nullable @MappedProperty("title_en") String titleEn,
        @MappedProperty("description_zh") String descriptionZh,
        @Nullable @MappedProperty("description_en") String descriptionEn,
        @MappedProperty("origin_code") String originCode,
        TemperatureClass temperature,
        @MappedProperty("shelf_life_days") int shelfLifeDays,
        @MappedProperty("harvest_months") int harvestMonths,
        @MappedProperty("poverty_relief") boolean povertyRelief,
        ProductStatus status,
        @Nullable @MappedProperty("published_at") Instant publishedAt,
        @Version int version) {

    ProductRow withDetails(ProductDetails details) {
        return new ProductRow(
                id,
                shopId,
                details.categoryId(),
                brandId,
                details.titleZh(),
                details.titleEn(),
                details.descriptionZh(),
                details.descriptionEn(),
                details.originCode(),
                details.temperature(),
                details.shelfLifeDays(),
                details.harvestMonths(),
                details.povertyRelief(),
                status,
                publishedAt,
                version);
    }

    ProductRow withStatus(ProductStatus next, @Nullable Instant at) {
        return new ProductRow(
                id,
                shopId,
                categoryId,
                brandId,
                titleZh,
                titleEn,
                descriptionZh,
                descriptionEn,
                originCode,
                temperature,
                shelfLifeDays,
                harvestMonths,
                povertyRelief,
                next,
                at == null ? publishedAt : at,
                version);
    }

    ProductRow withBrand(@Nullable Long brand) {
        return new ProductRow(
                id,
                shopId,
                categoryId,
                brand,
                titleZh,
                titleEn,
                descriptionZh,
                descriptionEn,
                originCode,
                temperature,
                shelfLifeDays,
                harvestMonths,
                povertyRelief,
                status,
                publishedAt,
                version);
    }

    static ProductRow draft(long shopId, ProductDetails details) {
        return new ProductRow(
                null,
                shopId,
                details.categoryId(),
                null,
                details.titleZh(),
                details.titleEn(),
                details.descriptionZh(),
                details.descriptionEn(),
                details.originCode(),
                details.temperature(),
                details.shelfLifeDays(),
                details.harvestMonths(),
                details.povertyRelief(),
                ProductStatus.DRAFT,
                null,
                0);
    }
}
