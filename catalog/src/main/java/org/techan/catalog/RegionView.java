package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A region as others see it; {@code nameEn} is optional, pages fall back to the Chinese name. */
@Serdeable
public record RegionView(
        String code, RegionLevel level, String nameZh, @Nullable String nameEn, @Nullable String parentCode) {}
