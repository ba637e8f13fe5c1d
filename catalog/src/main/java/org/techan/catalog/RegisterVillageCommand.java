package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Registers a village under a township picked from the national divisions; the township and the
 * levels above it join the marketplace's regions as needed. Without a {@code code} the village
 * gets the next free one under its township.
 */
@Serdeable
public record RegisterVillageCommand(
        @Nullable String townshipCode, @Nullable String code, @Nullable String nameZh, @Nullable String nameEn) {}
