package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Everything the public trace page shows for one code: where it came from (来源可溯) and where it went (去向可查). */
@Serdeable
public record TraceView(
        BatchView batch,
        String productTitleZh,
        @Nullable String productTitleEn,
        String skuSpecZh,
        String shopSlug,
        String shopNameZh,
        List<RegionView> shopLocation,
        List<BatchDestination> destinations) {}
