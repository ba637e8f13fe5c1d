package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import org.techan.catalog.ShopKind;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.ShopView;

@MappedEntity("catalog_shop")
record ShopRow(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        ShopKind kind,
        @MappedProperty("name_zh") String nameZh,
        @Nullable @MappedProperty("name_en") String nameEn,
        @MappedProperty("village_code") String villageCode,
        @MappedProperty("specialty_zh") String specialtyZh,
        @MappedProperty("contact_name") String contactName,
        @MappedProperty("contact_phone") String contactPhone,
        @MappedProperty("business_licence") String businessLicence,
        @Nullable @MappedProperty("food_business_licence") String foodBusinessLicence,
        @Nullable @MappedProperty("story_zh") String storyZh,
        @Nullable @MappedProperty("story_en") String storyEn,
        ShopStatus status,
        @Version int version) {

    ShopRow withStatus(ShopStatus next) {
        return new ShopRow(
                id,
                slug,
                kind,
                nameZh,
                nameEn,
                villageCode,
                specialtyZh,
                contactName,
                contactPhone,
                businessLicence,
                foodBusinessLicence,
                storyZh,
                storyEn,
                next,
                version);
    }

    ShopRow withProfile(
            String newNameZh,
            String newNameEn,
            String newSpecialtyZh,
            String newContactName,
            String newContactPhone,
            String newFoodBusinessLicence,
            String newStoryZh,
            String newStoryEn) {
        return new ShopRow(
                id,
                slug,
                kind,
                newNameZh,
                newNameEn,
                villageCode,
                newSpecialtyZh,
                newContactName,
                newContactPhone,
                businessLicence,
                newFoodBusinessLicence,
                newStoryZh,
                newStoryEn,
                status,
                version);
    }

    ShopView view() {
        return new ShopView(
                slug,
                kind,
                nameZh,
                nameEn,
                villageCode,
                specialtyZh,
                contactName,
                contactPhone,
                businessLicence,
                foodBusinessLicence,
                status,
                storyZh,
                storyEn);
    }
}
