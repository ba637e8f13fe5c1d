package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An operator opening a pavilion for a region, e.g. 永泰县馆 for 350125. */
@Serdeable
public record OpenPavilionCommand(
        String slug,
        String regionCode,
        String nameZh,
        @Nullable String nameEn,
        @Nullable String storyZh,
        @Nullable String storyEn,
        @Nullable String bannerUrl) {}
