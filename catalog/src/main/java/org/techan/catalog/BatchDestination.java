package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Where a batch went (去向可查), aggregated by city: never who bought it. */
@Serdeable
public record BatchDestination(String regionCode, String nameZh, @Nullable String nameEn, int quantity) {}
