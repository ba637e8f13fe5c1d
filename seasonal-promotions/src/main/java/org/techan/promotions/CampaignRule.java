package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a campaign takes off, Taobao-style: thresholds count what the enrolled lines cost at their
 * campaign prices (活动价), after any 直降 or 折扣.
 *
 * @param percentPaid for {@link CampaignRuleKind#PERCENT_OFF} and {@link
 *     CampaignRuleKind#PIECES_PERCENT_OFF}: the share of the price the buyer pays, 1–99 (85 = 8.5 折)
 * @param tiers for {@link CampaignRuleKind#AMOUNT_OFF}: the ladder, lowest threshold first (满99减10,
 *     满199减30); the highest tier reached applies
 * @param every for {@link CampaignRuleKind#AMOUNT_OFF} with one tier: its amount comes off every
 *     full threshold (每满100减10 takes 20 off 230)
 * @param pieces for {@link CampaignRuleKind#PIECES_PERCENT_OFF}: the pieces that unlock the discount
 * @param deliveryFrom for {@link CampaignRuleKind#FREE_DELIVERY}: what a shop's enrolled lines must
 *     reach; zero for always free
 * @param acrossShops for the threshold rules: counted over every shop's enrolled lines (跨店满减)
 *     rather than each shop's own
 */
@Serdeable
public record CampaignRule(
        CampaignRuleKind kind,
        @Nullable Integer percentPaid,
        @Nullable List<Tier> tiers,
        boolean every,
        @Nullable Integer pieces,
        @Nullable BigDecimal deliveryFrom,
        boolean acrossShops) {

    public CampaignRule {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    /** 直降: enrolments name their prices. */
    public static CampaignRule priceCut() {
        return new CampaignRule(CampaignRuleKind.PRICE_CUT, null, null, false, null, null, false);
    }

    public static CampaignRule percentOff(int percentPaid) {
        return new CampaignRule(CampaignRuleKind.PERCENT_OFF, percentPaid, null, false, null, null, false);
    }

    public static CampaignRule amountOff(List<Tier> tiers, boolean every, boolean acrossShops) {
        return new CampaignRule(CampaignRuleKind.AMOUNT_OFF, null, tiers, every, null, null, acrossShops);
    }

    public static CampaignRule piecesPercentOff(int pieces, int percentPaid, boolean acrossShops) {
        return new CampaignRule(
                CampaignRuleKind.PIECES_PERCENT_OFF, percentPaid, null, false, pieces, null, acrossShops);
    }

    public static CampaignRule freeDelivery(BigDecimal from) {
        return new CampaignRule(CampaignRuleKind.FREE_DELIVERY, null, null, false, null, from, false);
    }

    /** One step of a 满减 ladder: {@code off} comes off once the lines reach {@code threshold}. */
    @Serdeable
    public record Tier(BigDecimal threshold, BigDecimal off) {}
}
