package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.techan.orders.PriceOffer;
import org.techan.orders.PricingContext;
import org.techan.orders.PricingStage;

/**
 * 满减 and 满件折 of live campaigns: the lines enrolled in a campaign, at what they cost after the
 * item stage (活动价), are counted per shop, or over every shop for a 跨店 campaign; a campaign
 * whose threshold is reached offers its amount off those lines, if its budget still covers it.
 */
@Singleton
class CampaignThresholds {

    private final LiveCampaigns live;

    CampaignThresholds(LiveCampaigns live) {
        this.live = live;
    }

    List<PriceOffer> offers(PricingContext context) {
        if (context.lines().isEmpty()) {
            return List.of();
        }
        List<PriceOffer> offers = new ArrayList<>();
        for (LiveCampaigns.Live campaign : live.ofStage(context.stage())) {
            List<PricingContext.Line> enrolled = context.lines().stream()
                    .filter(line -> campaign.skus().containsKey(line.item().skuId()))
                    .toList();
            Map<String, List<PricingContext.Line>> groups = new LinkedHashMap<>();
            if (context.stage() == PricingStage.PLATFORM_THRESHOLD) {
                if (!enrolled.isEmpty()) {
                    groups.put(null, enrolled);
                }
            } else {
                enrolled.forEach(line -> groups.computeIfAbsent(line.item().shopSlug(), shop -> new ArrayList<>())
                        .add(line));
            }
            groups.forEach((shop, lines) -> offer(campaign, shop, lines, offers));
        }
        return offers;
    }

    private static void offer(
            LiveCampaigns.Live campaign, String shop, List<PricingContext.Line> lines, List<PriceOffer> offers) {
        BigDecimal cost = lines.stream().map(PricingContext.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        int pieces = lines.stream().mapToInt(line -> line.item().quantity()).sum();
        BigDecimal off = Rules.thresholdOff(campaign.rule(), cost, pieces).min(cost);
        if (off.signum() > 0 && campaign.affords(off)) {
            Set<Long> skus = lines.stream().map(line -> line.item().skuId()).collect(Collectors.toSet());
            offers.add(new PriceOffer.LinesDiscount(shop, skus, off, campaign.terms()));
        }
    }

    /** Each shop's own 满减 and 满件折. */
    @Singleton
    static class ShopStage implements org.techan.orders.PricingStep {

        private final CampaignThresholds thresholds;

        ShopStage(CampaignThresholds thresholds) {
            this.thresholds = thresholds;
        }

        @Override
        public PricingStage stage() {
            return PricingStage.SHOP_THRESHOLD;
        }

        @Override
        public List<PriceOffer> offers(PricingContext context) {
            return thresholds.offers(context);
        }
    }

    /** 跨店满减 and 跨店满件折. */
    @Singleton
    static class PlatformStage implements org.techan.orders.PricingStep {

        private final CampaignThresholds thresholds;

        PlatformStage(CampaignThresholds thresholds) {
            this.thresholds = thresholds;
        }

        @Override
        public PricingStage stage() {
            return PricingStage.PLATFORM_THRESHOLD;
        }

        @Override
        public List<PriceOffer> offers(PricingContext context) {
            return thresholds.offers(context);
        }
    }
}
