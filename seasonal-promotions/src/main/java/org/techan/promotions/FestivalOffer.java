package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * A SKU approved for one of a festival's campaigns, as the festival page shows it: at its campaign
 * price while the campaign is live and within its days ({@code onSale}: what checkout charges), as
 * the coming price otherwise. A campaign that takes its discount at a threshold (满减, 满件折,
 * 包邮) has no price of its own ({@code campaignPrice} null): the page shows its rule. {@code
 * wasPrice} is the struck-through price: the lowest the SKU sold at in the 7 days before its
 * enrolment was approved, or its price then.
 */
@Serdeable
public record FestivalOffer(
        long campaignId,
        String campaignNameZh,
        @Nullable String campaignNameEn,
        CampaignState campaignState,
        long skuId,
        long productId,
        String shopSlug,
        String titleZh,
        String specZh,
        BigDecimal listPrice,
        BigDecimal wasPrice,
        @Nullable BigDecimal campaignPrice,
        CampaignRule rule,
        boolean onSale) {}
