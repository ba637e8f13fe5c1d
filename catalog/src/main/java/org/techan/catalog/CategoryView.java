package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A product category; {@code parentSlug} is null for the top-level produce families. */
@Serdeable
public record CategoryView(String slug, String nameZh, String nameEn, @Nullable String parentSlug, int position) {}
