package org.techan.promotions.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.techan.orders.PriceHint;
import org.techan.orders.PriceOffer;
import org.techan.orders.PricingContext;
import org.techan.orders.PricingStage;
import org.techan.orders.PricingStep;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CampaignRuleKind;

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
        List<PriceOffer> offers = new ArrayList<>();
        for (LiveCampaigns.Live campaign : live.ofStage(context.stage())) {
            groups(campaign, context).forEach((shop, lines) -> offer(campaign, shop, lines, offers));
        }
        return offers;
    }

    /**
     * The next step up each campaign's ladder (or its pieces) from what the enrolled lines reach
     * now; none for 每满 once its first threshold is reached (every further one is the same step).
     */
    List<PriceHint> hints(PricingContext context) {
        List<PriceHint> hints = new ArrayList<>();
        for (LiveCampaigns.Live campaign : live.ofStage(context.stage())) {
            groups(campaign, context).forEach((shop, lines) -> {
                BigDecimal cost = PricingContext.amountOf(lines);
                CampaignRule rule = campaign.rule();
                if (rule.kind() == CampaignRuleKind.PIECES_PERCENT_OFF) {
                    int pieces = pieces(lines);
                    if (pieces < rule.pieces()) {
                        hints.add(new PriceHint(
                                shop, Rules.label(campaign.nameZh(), rule), null, rule.pieces() - pieces));
                    }
                    return;
                }
                rule.tiers().stream()
                        .filter(tier -> tier.threshold().compareTo(cost) > 0)
                        .findFirst()
                        .filter(tier -> !rule.every() || cost.compareTo(tier.threshold()) < 0)
                        .ifPresent(tier -> hints.add(new PriceHint(
                                shop,
                                Rules.label(
                                        campaign.nameZh(),
                                        CampaignRule.amountOff(List.of(tier), rule.every(), rule.acrossShops())),
                                tier.threshold().subtract(cost),
                                null)));
            });
        }
        return hints;
    }

    /** A campaign's enrolled lines, by shop (or all together, under null, for the platform stage). */
    private static Map<String, List<PricingContext.Line>> groups(LiveCampaigns.Live campaign, PricingContext context) {
        Map<String, List<PricingContext.Line>> groups = new LinkedHashMap<>();
        List<PricingContext.Line> enrolled = campaign.reached(context).lines().stream()
                .filter(line -> campaign.skus().containsKey(line.item().skuId()))
                .toList();
        if (context.stage() == PricingStage.PLATFORM_THRESHOLD) {
            if (!enrolled.isEmpty()) {
                groups.put(null, enrolled);
            }
        } else {
            enrolled.forEach(line -> groups.computeIfAbsent(line.item().shopSlug(), shop -> new ArrayList<>())
                    .add(line));
        }
        return groups;
    }

    private static int pieces(List<PricingContext.Line> lines) {
        return lines.stream().mapToInt(line -> line.item().quantity()).sum();
    }

    private static void offer(
            LiveCampaigns.Live campaign, String shop, List<PricingContext.Line> lines, List<PriceOffer> offers) {
        BigDecimal cost = PricingContext.amountOf(lines);
        BigDecimal off =
                Rules.thresholdOff(campaign.rule(), cost, pieces(lines)).min(cost);
        if (off.signum() > 0 && campaign.affords(off)) {
            Set<Long> skus = lines.stream().map(line -> line.item().skuId()).collect(Collectors.toSet());
            offers.add(new PriceOffer.LinesDiscount(shop, skus, off, campaign.terms()));
        }
    }

    /**
     * One threshold stage of the pipeline, backed by this class: each shop's own 满减 and 满件折,
     * or every shop's together (跨店) for the platform stage.
     */
    static final class Stage implements PricingStep {

        private final PricingStage stage;
        private final CampaignThresholds thresholds;

        Stage(PricingStage stage, CampaignThresholds thresholds) {
            this.stage = stage;
            this.thresholds = thresholds;
        }

        @Override
        public PricingStage stage() {
            return stage;
        }

        @Override
        public List<PriceOffer> offers(PricingContext context) {
            return thresholds.offers(context);
        }

        /** Sees wholesale lines, and counts them only for a campaign open to business buyers. */
        @Override
        public boolean pricesBusinessLines() {
            return true;
        }

        @Override
        public List<PriceHint> hints(PricingContext context) {
            return thresholds.hints(context);
        }
    }

    /** The two threshold stages as beans. */
    @Factory
    static class Stages {

        @Singleton
        @Named("campaign-shop-thresholds")
        PricingStep shopThresholds(CampaignThresholds thresholds) {
            return new Stage(PricingStage.SHOP_THRESHOLD, thresholds);
        }

        @Singleton
        @Named("campaign-platform-thresholds")
        PricingStep platformThresholds(CampaignThresholds thresholds) {
            return new Stage(PricingStage.PLATFORM_THRESHOLD, thresholds);
        }
    }
}
