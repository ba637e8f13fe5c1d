package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;

/** A new category; a blank parent makes it a top-level produce family. */
public record AddCategoryCommand(
        @Nullable String slug, @Nullable String nameZh, @Nullable String nameEn, @Nullable String parentSlug) {}
