package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;

public record CreateBrandCommand(
        @Nullable String slug,
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable String regionCode,
        @Nullable String ownerZh) {}
