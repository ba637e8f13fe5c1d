package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.techan.orders.PricingStage;
import org.techan.promotions.CampaignRuleKind;
import org.techan.promotions.SkuDeal;

/**
 * What the live campaigns offer on SKUs, from the snapshot checkout prices with (no query but its
 * refresh): the lowest campaign price per SKU, else the first rule it counts towards.
 */
@Singleton
class LiveDeals {

    private final LiveCampaigns live;

    LiveDeals(LiveCampaigns live) {
        this.live = live;
    }

    Map<Long, SkuDeal> of(Map<Long, BigDecimal> prices) {
        Map<Long, SkuDeal> deals = new HashMap<>();
        if (prices.isEmpty()) {
            return deals;
        }
        for (LiveCampaigns.Live campaign : live.today().values()) {
            for (Map.Entry<Long, BigDecimal> sku : prices.entrySet()) {
                LiveCampaigns.Enrolled enrolled = campaign.skus().get(sku.getKey());
                if (enrolled != null) {
                    better(deals, deal(campaign, enrolled, sku.getValue()));
                }
            }
        }
        return deals;
    }

    private static SkuDeal deal(LiveCampaigns.Live campaign, LiveCampaigns.Enrolled sku, BigDecimal current) {
        BigDecimal price = null;
        if (campaign.stage() == PricingStage.ITEM_PRICE) {
            price = campaign.rule().kind() == CampaignRuleKind.PRICE_CUT
                    ? sku.price()
                    : Rules.percentPrice(campaign.rule(), current);
            if (price.compareTo(current) >= 0 || !sku.allows(1)) {
                price = null;
            }
        }
        BigDecimal was = price == null ? null : (sku.referencePrice() == null ? current : sku.referencePrice());
        return new SkuDeal(sku.skuId(), campaign.id(), campaign.nameZh(), campaign.rule(), price, was);
    }

    /** A campaign price beats a rule, and a lower price a higher one. */
    private static void better(Map<Long, SkuDeal> deals, SkuDeal deal) {
        SkuDeal before = deals.get(deal.skuId());
        boolean wins = before == null
                || (deal.price() != null
                        && (before.price() == null || deal.price().compareTo(before.price()) < 0));
        if (wins) {
            deals.put(deal.skuId(), deal);
        }
    }
}
