package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Adds a region below an existing one (or a province); the code decides its level and parent. */
@Serdeable
public record AddRegionCommand(String code, String nameZh, @Nullable String nameEn) {}
