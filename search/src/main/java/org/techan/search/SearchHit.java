package org.techan.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** One product in the results, with what a result card shows; {@code campaign} while one is live. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SearchHit(
        long id,
        String titleZh,
        @Nullable String titleEn,
        String shopSlug,
        String shopNameZh,
        @Nullable String shopNameEn,
        String categorySlug,
        String originCode,
        @Nullable BigDecimal priceFrom,
        boolean inStock,
        String temperature,
        boolean povertyRelief,
        List<String> badges,
        @Nullable String brandNameZh,
        @Nullable String cover,
        @Nullable CampaignBadge campaign) {}
