package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Everything the public trace page shows for one code (来源可溯). */
@Serdeable
public record TraceView(
        BatchView batch,
        String productTitleZh,
        @Nullable String productTitleEn,
        String skuSpecZh,
        String shopSlug,
        String shopNameZh,
        List<RegionView> shopLocation) {}
