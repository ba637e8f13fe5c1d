package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * A live campaign's deal on one SKU, as a product page shows it: the campaign price (直降 or 折扣)
 * with the struck-through "was" price, or, for 满减, 满件折 and 包邮, the rule the SKU counts towards.
 *
 * @param price what one unit sells for in the campaign; null under a threshold or delivery rule
 * @param wasPrice the struck-through price; null when there is no campaign price
 */
@Serdeable
public record SkuDeal(
        long skuId,
        long campaignId,
        String campaignNameZh,
        CampaignRule rule,
        @Nullable BigDecimal price,
        @Nullable BigDecimal wasPrice) {}
