package org.techan.promotions.internal;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techan.orders.DiscountTerms;
import org.techan.orders.Funder;
import org.techan.orders.PricingStage;
import org.techan.promotions.CampaignRule;

/**
 * Reads the campaigns selling on a day with their approved SKUs, in one query, on the caller's
 * connection or (for a page, outside any transaction) a connection of its own.
 */
@Singleton
class LiveCampaignRows {

    private final PromotionsSql sql;

    LiveCampaignRows(PromotionsSql sql) {
        this.sql = sql;
    }

    @Connectable
    public Map<Long, LiveCampaigns.Live> read(LocalDate today) {
        record Row(
                long campaignId,
                String nameZh,
                Funder funder,
                CampaignRule rule,
                DiscountTerms terms,
                BigDecimal budgetLeft,
                LiveCampaigns.Enrolled sku,
                boolean businessBuyers) {}
        Date day = Date.valueOf(today);
        List<Row> rows = sql.query(
                "SELECT c.*, e.sku_id, e.shop_slug, e.campaign_price, e.reference_price,"
                        + " e.cap_units - e.sold_units AS units_left"
                        + " FROM promotions_campaign c JOIN promotions_enrolment e ON e.campaign_id = c.id"
                        + " WHERE c.state = 'LIVE' AND c.starts_on <= ? AND c.ends_on >= ? AND e.state = 'APPROVED'"
                        + " ORDER BY c.id, e.sku_id",
                row -> {
                    CampaignRule rule = Campaigns.rule(row);
                    Funder funder = Funder.valueOf(row.getString("funder"));
                    BigDecimal budget = row.getBigDecimal("budget");
                    int left = row.getInt("units_left");
                    Integer unitsLeft = row.wasNull() ? null : left;
                    return new Row(
                            row.getLong("id"),
                            row.getString("name_zh"),
                            funder,
                            rule,
                            new DiscountTerms(
                                    Rules.label(row.getString("name_zh"), rule),
                                    CampaignClaims.source(row.getLong("id")),
                                    funder,
                                    stages(row.getString("excludes"))),
                            budget == null ? null : budget.subtract(row.getBigDecimal("spent")),
                            new LiveCampaigns.Enrolled(
                                    row.getLong("sku_id"),
                                    row.getString("shop_slug"),
                                    row.getBigDecimal("campaign_price"),
                                    unitsLeft,
                                    row.getBigDecimal("reference_price")),
                            row.getBoolean("business_buyers"));
                },
                day,
                day);
        Map<Long, Map<Long, LiveCampaigns.Enrolled>> skus = new LinkedHashMap<>();
        Map<Long, Row> first = new LinkedHashMap<>();
        for (Row row : rows) {
            first.putIfAbsent(row.campaignId(), row);
            skus.computeIfAbsent(row.campaignId(), id -> new HashMap<>())
                    .put(row.sku().skuId(), row.sku());
        }
        Map<Long, LiveCampaigns.Live> live = new LinkedHashMap<>();
        first.forEach((id, row) -> live.put(
                id,
                new LiveCampaigns.Live(
                        id,
                        row.nameZh(),
                        row.funder(),
                        row.rule(),
                        row.terms(),
                        row.budgetLeft(),
                        Map.copyOf(skus.get(id)),
                        row.businessBuyers())));
        return Map.copyOf(live);
    }

    private static Set<PricingStage> stages(String joined) {
        List<PricingStage> stages = new ArrayList<>();
        if (!joined.isEmpty()) {
            for (String stage : joined.split(",")) {
                stages.add(PricingStage.valueOf(stage));
            }
        }
        return Set.copyOf(stages);
    }
}
