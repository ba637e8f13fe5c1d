package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * A SKU enrolled in a campaign: its price then and in the campaign (直降 only), its cap and the
 * units sold within it, and the operator's answer.
 */
@Serdeable
public record EnrolmentView(
        long id,
        long campaignId,
        long skuId,
        long productId,
        String shopSlug,
        String titleZh,
        String specZh,
        BigDecimal listPrice,
        @Nullable BigDecimal campaignPrice,
        @Nullable Integer capUnits,
        int soldUnits,
        EnrolmentState state,
        @Nullable String reviewNote) {}
