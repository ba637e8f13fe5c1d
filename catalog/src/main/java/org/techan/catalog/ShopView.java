package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A shop as shoppers and operators see it, with the village story it tells on its page. */
@Serdeable
public record ShopView(
        String slug,
        ShopKind kind,
        String nameZh,
        @Nullable String nameEn,
        String villageCode,
        String specialtyZh,
        String contactName,
        String contactPhone,
        String businessLicence,
        @Nullable String foodBusinessLicence,
        ShopStatus status,
        @Nullable String storyZh,
        @Nullable String storyEn) {}
