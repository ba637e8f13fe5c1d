package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;

/** What a shop's staff may change about their shop; location and licence stay as the operators approved them. */
public record UpdateShopProfileCommand(
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable String specialtyZh,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable String foodBusinessLicence) {}
