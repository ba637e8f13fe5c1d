package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * A SKU enrolled in a campaign: its price then and in the campaign (直降 only), its cap and the
 * units sold within it, the honest "was" price ({@code referencePrice}: the lowest it sold at in
 * the 7 days before the enrolment was answered, or its price then), and the operator's answer.
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
        @Nullable BigDecimal referencePrice,
        EnrolmentState state,
        @Nullable String reviewNote) {}
