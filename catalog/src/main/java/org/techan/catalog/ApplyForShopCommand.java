package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A cooperative, farm or base applying for its shop; an operator approves it later. */
@Serdeable
public record ApplyForShopCommand(
        String slug,
        ShopKind kind,
        String nameZh,
        @Nullable String nameEn,
        String villageCode,
        String specialtyZh,
        String contactName,
        String contactPhone,
        String businessLicence,
        @Nullable String foodBusinessLicence) {}
