package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A pavilion (特产馆): a curated showcase of one region's specialties. */
@Serdeable
public record PavilionView(
        String slug,
        String regionCode,
        String nameZh,
        @Nullable String nameEn,
        @Nullable String storyZh,
        @Nullable String storyEn,
        @Nullable String bannerUrl) {}
