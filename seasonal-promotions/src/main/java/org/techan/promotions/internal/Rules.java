package org.techan.promotions.internal;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.techan.orders.PricingStage;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CampaignRuleKind;

/** A campaign rule's checks, its arithmetic and how it is stored and labelled. */
final class Rules {

    private static final int MOST_TIERS = 5;
    private static final BigDecimal MOST_MONEY = new BigDecimal("1000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rules() {}

    /** The rule as given, or 直降 when none is; refused when its figures do not make a rule. */
    static CampaignRule checked(@Nullable CampaignRule rule) {
        if (rule == null || rule.kind() == null) {
            return CampaignRule.priceCut();
        }
        boolean threshold =
                rule.kind() == CampaignRuleKind.AMOUNT_OFF || rule.kind() == CampaignRuleKind.PIECES_PERCENT_OFF;
        if (rule.acrossShops() && !threshold) {
            throw new RuleViolationException("campaign.rule.across-shops.invalid");
        }
        switch (rule.kind()) {
            case PRICE_CUT -> {
                return CampaignRule.priceCut();
            }
            case PERCENT_OFF -> {
                return CampaignRule.percentOff(percent(rule.percentPaid()));
            }
            case AMOUNT_OFF -> {
                return CampaignRule.amountOff(tiers(rule.tiers(), rule.every()), rule.every(), rule.acrossShops());
            }
            case PIECES_PERCENT_OFF -> {
                if (rule.pieces() == null || rule.pieces() < 2 || rule.pieces() > 99) {
                    throw new RuleViolationException("campaign.rule.pieces.invalid", 2, 99);
                }
                return CampaignRule.piecesPercentOff(rule.pieces(), percent(rule.percentPaid()), rule.acrossShops());
            }
            default -> {
                BigDecimal from = rule.deliveryFrom();
                if (from == null || !money(from, true)) {
                    throw new RuleViolationException("campaign.rule.delivery-from.invalid");
                }
                return CampaignRule.freeDelivery(from.setScale(2));
            }
        }
    }

    /** The stage a rule's discounts run in. */
    static PricingStage stage(CampaignRule rule) {
        return switch (rule.kind()) {
            case PRICE_CUT, PERCENT_OFF -> PricingStage.ITEM_PRICE;
            case AMOUNT_OFF, PIECES_PERCENT_OFF -> rule.acrossShops()
                    ? PricingStage.PLATFORM_THRESHOLD
                    : PricingStage.SHOP_THRESHOLD;
            case FREE_DELIVERY -> PricingStage.DELIVERY;
        };
    }

    /** The 折扣 price of a unit at {@code price}: rounded to the cent, half up. */
    static BigDecimal percentPrice(CampaignRule rule, BigDecimal price) {
        return price.multiply(BigDecimal.valueOf(rule.percentPaid())).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /**
     * What a threshold rule takes off lines costing {@code cost} in {@code pieces} units: zero
     * below the threshold. A percentage is rounded down to the cent, so the funder never pays a
     * fraction more than the rule says.
     */
    static BigDecimal thresholdOff(CampaignRule rule, BigDecimal cost, int pieces) {
        if (rule.kind() == CampaignRuleKind.PIECES_PERCENT_OFF) {
            if (pieces < rule.pieces()) {
                return BigDecimal.ZERO;
            }
            return cost.multiply(BigDecimal.valueOf(100L - rule.percentPaid())).divide(HUNDRED, 2, RoundingMode.DOWN);
        }
        if (rule.every()) {
            CampaignRule.Tier tier = rule.tiers().get(0);
            BigDecimal times = cost.divide(tier.threshold(), 0, RoundingMode.DOWN);
            return tier.off().multiply(times);
        }
        BigDecimal off = BigDecimal.ZERO;
        for (CampaignRule.Tier tier : rule.tiers()) {
            if (cost.compareTo(tier.threshold()) >= 0) {
                off = tier.off();
            }
        }
        return off;
    }

    /** What the buyer reads beside the discount, after the campaign's name: 满199减30, 8.5折, 满3件8折, 包邮. */
    static String label(String campaignName, CampaignRule rule) {
        String terms =
                switch (rule.kind()) {
                    case PRICE_CUT -> "直降";
                    case PERCENT_OFF -> tenths(rule.percentPaid()) + "折";
                    case AMOUNT_OFF -> ladder(rule);
                    case PIECES_PERCENT_OFF -> "满" + rule.pieces() + "件" + tenths(rule.percentPaid()) + "折";
                    case FREE_DELIVERY -> rule.deliveryFrom().signum() == 0
                            ? "包邮"
                            : "满" + plain(rule.deliveryFrom()) + "包邮";
                };
        return campaignName + " " + terms;
    }

    static String storedTiers(CampaignRule rule) {
        List<String> tiers = new ArrayList<>();
        rule.tiers()
                .forEach(tier -> tiers.add(
                        tier.threshold().toPlainString() + ":" + tier.off().toPlainString()));
        return String.join(";", tiers);
    }

    static List<CampaignRule.Tier> readTiers(String stored) {
        List<CampaignRule.Tier> tiers = new ArrayList<>();
        if (!stored.isEmpty()) {
            for (String tier : stored.split(";")) {
                String[] parts = tier.split(":");
                tiers.add(new CampaignRule.Tier(new BigDecimal(parts[0]), new BigDecimal(parts[1])));
            }
        }
        return tiers;
    }

    private static String ladder(CampaignRule rule) {
        List<String> steps = new ArrayList<>();
        for (CampaignRule.Tier tier : rule.tiers()) {
            steps.add((rule.every() ? "每满" : "满") + plain(tier.threshold()) + "减" + plain(tier.off()));
        }
        return String.join("/", steps);
    }

    private static String tenths(int percent) {
        return percent % 10 == 0 ? String.valueOf(percent / 10) : (percent / 10) + "." + (percent % 10);
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static int percent(@Nullable Integer percentPaid) {
        if (percentPaid == null || percentPaid < 1 || percentPaid > 99) {
            throw new RuleViolationException("campaign.rule.percent.invalid", 1, 99);
        }
        return percentPaid;
    }

    /** A ladder whose thresholds and amounts both rise, each amount below its threshold. */
    private static List<CampaignRule.Tier> tiers(List<CampaignRule.Tier> tiers, boolean every) {
        if (tiers.isEmpty() || tiers.size() > MOST_TIERS || (every && tiers.size() != 1)) {
            throw new RuleViolationException("campaign.rule.tiers.invalid", MOST_TIERS);
        }
        List<CampaignRule.Tier> checked = new ArrayList<>();
        CampaignRule.Tier before = null;
        for (CampaignRule.Tier tier : tiers) {
            if (tier == null
                    || tier.threshold() == null
                    || tier.off() == null
                    || !money(tier.threshold(), false)
                    || !money(tier.off(), false)
                    || tier.off().compareTo(tier.threshold()) >= 0
                    || (before != null
                            && (tier.threshold().compareTo(before.threshold()) <= 0
                                    || tier.off().compareTo(before.off()) <= 0))) {
                throw new RuleViolationException("campaign.rule.tiers.invalid", MOST_TIERS);
            }
            before = new CampaignRule.Tier(
                    tier.threshold().setScale(2), tier.off().setScale(2));
            checked.add(before);
        }
        return checked;
    }

    /** An amount in yuan to the cent, below a million; zero only where allowed. */
    static boolean money(BigDecimal amount, boolean zeroAllowed) {
        return amount.stripTrailingZeros().scale() <= 2
                && (zeroAllowed ? amount.signum() >= 0 : amount.signum() > 0)
                && amount.compareTo(MOST_MONEY) < 0;
    }
}
