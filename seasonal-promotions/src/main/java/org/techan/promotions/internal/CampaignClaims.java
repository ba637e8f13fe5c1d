package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.techan.orders.AppliedDiscount;
import org.techan.orders.DiscountClaims;
import org.techan.orders.PricingStage;
import org.techan.platform.ConflictException;
import org.techan.platform.SqlScript;

/**
 * Counts what checkouts spend of campaigns, in the checkout's transaction and in one round trip:
 * a budgeted campaign's spending (its {@code spent}; other campaigns' spending is the sum of their
 * claims) and an enrolment's sold units go up only while they stay within
 * the budget and the cap (a conditional update, as for stock), so 200 checkouts at once never
 * spend a yuan or a unit more than there is. Every claim is recorded for the campaign report and
 * for giving back what a cancelled order claimed.
 */
@Singleton
class CampaignClaims implements DiscountClaims {

    private static final String SOURCE = "campaign:";

    private final PromotionsSql sql;
    private final LiveCampaigns live;
    private final Clock clock;

    CampaignClaims(PromotionsSql sql, LiveCampaigns live, Clock clock) {
        this.sql = sql;
        this.live = live;
        this.clock = clock;
    }

    static String source(long campaignId) {
        return SOURCE + campaignId;
    }

    /** A claim: a discount from one of this module's campaigns. */
    private record Claim(long campaignId, AppliedDiscount applied) {

        int units() {
            return applied.adjustment().stage() == PricingStage.ITEM_PRICE ? applied.quantity() : 0;
        }
    }

    @Override
    public void claim(List<AppliedDiscount> applied) {
        SqlScript script = new SqlScript();
        ClaimCheck check = claim(applied, script);
        if (!script.isEmpty()) {
            check.check(sql.run(script));
        }
    }

    /** Adds the claim to the checkout's script: no round trip of its own on the hot path. */
    @Override
    public ClaimCheck claim(List<AppliedDiscount> applied, SqlScript script) {
        List<Claim> claims = new ArrayList<>();
        for (AppliedDiscount discount : applied) {
            String source = discount.adjustment().terms().source();
            if (source.startsWith(SOURCE)) {
                claims.add(new Claim(Long.parseLong(source.substring(SOURCE.length())), discount));
            }
        }
        if (claims.isEmpty()) {
            return results -> {};
        }
        // Campaigns, then enrolments, each in id order: two batches never wait on each other's rows.
        Map<Long, BigDecimal> spending = new TreeMap<>();
        Map<List<Long>, Integer> units = new TreeMap<>(
                java.util.Comparator.<List<Long>, Long>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
        for (Claim claim : claims) {
            spending.merge(claim.campaignId(), claim.applied().adjustment().amount(), BigDecimal::add);
            if (claim.units() > 0) {
                units.merge(List.of(claim.campaignId(), claim.applied().skuId()), claim.units(), Integer::sum);
            }
        }
        Map<SqlScript.Statement, Long> budgets = new java.util.LinkedHashMap<>();
        // Only a budget needs the campaign's row: without one, its many checkouts never wait on each other.
        Map<Long, LiveCampaigns.Live> today = live.today();
        spending.keySet()
                .removeIf(campaign ->
                        today.containsKey(campaign) && today.get(campaign).budgetLeft() == null);
        spending.forEach((campaign, amount) -> budgets.put(
                script.add(
                        "UPDATE promotions_campaign SET spent = spent + ? WHERE id = ? AND (budget IS NULL"
                                + " OR spent + ? <= budget)",
                        amount,
                        campaign,
                        amount),
                campaign));
        Map<SqlScript.Statement, Long> caps = new java.util.LinkedHashMap<>();
        units.forEach((key, count) -> caps.put(
                script.add(
                        "UPDATE promotions_enrolment SET sold_units = sold_units + ? WHERE campaign_id = ?"
                                + " AND sku_id = ? AND (cap_units IS NULL OR sold_units + ? <= cap_units)",
                        count,
                        key.get(0),
                        key.get(1),
                        count),
                key.get(0)));
        record(script, claims);
        // What is left after this checkout, so this replica stops offering what has run out at once.
        SqlScript.Query<Object[]> budgetsLeft = budgets.isEmpty()
                ? null
                : script.query(
                        "SELECT id, budget - spent FROM promotions_campaign WHERE id IN ("
                                + SqlScript.rows("?", budgets.size()) + ")",
                        row -> new Object[] {row.getLong(1), row.getBigDecimal(2)},
                        budgets.values().toArray());
        SqlScript.Query<Object[]> unitsLeft = script.query(
                "SELECT campaign_id, sku_id, cap_units - sold_units FROM promotions_enrolment"
                        + " WHERE cap_units IS NOT NULL AND campaign_id IN ("
                        + SqlScript.rows("?", spendingIds(claims).size()) + ")",
                row -> new Object[] {row.getLong(1), row.getLong(2), row.getInt(3)},
                spendingIds(claims).toArray());
        return results -> {
            ranOut(results, budgets, claims);
            ranOut(results, caps, claims);
            if (budgetsLeft != null) {
                results.rows(budgetsLeft).forEach(left -> live.budgetLeft((Long) left[0], (BigDecimal) left[1]));
            }
            results.rows(unitsLeft).forEach(left -> live.unitsLeft((Long) left[0], (Long) left[1], (Integer) left[2]));
        };
    }

    private static List<Long> spendingIds(List<Claim> claims) {
        return claims.stream().map(Claim::campaignId).distinct().sorted().toList();
    }

    /** Refuses the checkout when a campaign's budget or a SKU's cap did not cover it. */
    private void ranOut(SqlScript.Results results, Map<SqlScript.Statement, Long> updates, List<Claim> claims) {
        updates.forEach((statement, campaign) -> {
            if (results.of(statement).updated() != 1) {
                live.forget();
                String label = claims.stream()
                        .filter(claim -> claim.campaignId() == campaign)
                        .map(claim -> claim.applied().adjustment().terms().label())
                        .findFirst()
                        .orElseThrow();
                throw new ConflictException("checkout.promotion.ran-out", label);
            }
        });
    }

    private void record(SqlScript script, List<Claim> claims) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object> values = new ArrayList<>();
        for (Claim claim : claims) {
            AppliedDiscount applied = claim.applied();
            values.addAll(Arrays.asList(
                    claim.campaignId(),
                    applied.orderNumber(),
                    applied.shopSlug(),
                    applied.skuId(),
                    claim.units(),
                    applied.quantity(),
                    applied.lineTotal(),
                    applied.adjustment().amount(),
                    applied.adjustment().terms().funder().name(),
                    now));
        }
        script.add(
                "INSERT INTO promotions_claim (campaign_id, order_number, shop_slug, sku_id, units, quantity, line_total,"
                        + " amount, funder, claimed_at) VALUES "
                        + SqlScript.rows("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", claims.size()),
                values);
    }
}
