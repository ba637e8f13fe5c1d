package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A regional public brand (区域公共品牌) such as 永泰李干, owned by its region's association. */
@Serdeable
public record BrandView(String slug, String nameZh, @Nullable String nameEn, String regionCode, String ownerZh) {}
