package org.techan.promotions.internal;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CampaignRuleKind;
import org.techan.search.CampaignBadge;
import org.techan.search.ProductPromotion;
import org.techan.search.ProductPromotions;

/**
 * What the search index holds of products in campaigns: the festivals whose campaigns warming up or
 * live (paused ones too: they come back) sell an approved SKU of theirs, and the badge of the best
 * campaign live on the day. {@link CampaignIndexing} queues the products whenever that changes.
 */
@Singleton
class IndexedCampaigns implements ProductPromotions {

    /** Products per query: a batch of the indexer is smaller. */
    private static final int CHUNK = 500;

    private final PromotionsSql sql;

    IndexedCampaigns(PromotionsSql sql) {
        this.sql = sql;
    }

    private record Row(long productId, String festival, String state, LocalDate startsOn, CampaignBadge badge) {

        boolean liveOn(LocalDate day) {
            return state.equals("LIVE")
                    && !startsOn.isAfter(day)
                    && !badge.until().isBefore(day);
        }
    }

    @Override
    @Connectable
    public Map<Long, ProductPromotion> of(Collection<Long> productIds, LocalDate day) {
        List<Long> ids = List.copyOf(productIds);
        Map<Long, Set<String>> festivals = new HashMap<>();
        Map<Long, CampaignBadge> badges = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (Row row : rows(chunk, day)) {
                festivals
                        .computeIfAbsent(row.productId(), id -> new LinkedHashSet<>())
                        .add(row.festival());
                if (row.liveOn(day)) {
                    badges.merge(row.productId(), row.badge(), IndexedCampaigns::better);
                }
            }
        }
        Map<Long, ProductPromotion> promoted = new HashMap<>();
        festivals.forEach((id, slugs) -> promoted.put(id, new ProductPromotion(List.copyOf(slugs), badges.get(id))));
        return promoted;
    }

    private List<Row> rows(List<Long> productIds, LocalDate day) {
        Object[] parameters = new Object[productIds.size() + 1];
        parameters[0] = Date.valueOf(day);
        for (int i = 0; i < productIds.size(); i++) {
            parameters[i + 1] = productIds.get(i);
        }
        return sql.query(
                "SELECT e.product_id, e.campaign_price, e.list_price, c.*"
                        + " FROM promotions_enrolment e JOIN promotions_campaign c ON c.id = e.campaign_id"
                        + " WHERE e.state = 'APPROVED' AND c.state IN ('WARM_UP', 'LIVE', 'PAUSED') AND c.ends_on >= ?"
                        + " AND e.product_id IN (" + String.join(", ", Collections.nCopies(productIds.size(), "?"))
                        + ") ORDER BY c.id",
                row -> {
                    CampaignRule rule = Campaigns.rule(row);
                    return new Row(
                            row.getLong("product_id"),
                            row.getString("festival_slug"),
                            row.getString("state"),
                            row.getDate("starts_on").toLocalDate(),
                            new CampaignBadge(
                                    row.getLong("id"),
                                    row.getString("name_zh"),
                                    row.getString("name_en"),
                                    rule.kind().name(),
                                    price(rule, row.getBigDecimal("campaign_price"), row.getBigDecimal("list_price")),
                                    row.getDate("ends_on").toLocalDate()));
                },
                parameters);
    }

    /** A SKU's price in the campaign: its 直降 price, or its 折扣 off the price it enrolled at. */
    private static BigDecimal price(CampaignRule rule, BigDecimal campaignPrice, BigDecimal listPrice) {
        if (rule.kind() == CampaignRuleKind.PRICE_CUT) {
            return campaignPrice;
        }
        return rule.kind() == CampaignRuleKind.PERCENT_OFF ? Rules.percentPrice(rule, listPrice) : null;
    }

    /** A campaign price beats a rule, a lower price a higher one; of two rules the first campaign stays. */
    private static CampaignBadge better(CampaignBadge known, CampaignBadge other) {
        if (other.price() == null) {
            return known;
        }
        return known.price() == null || other.price().compareTo(known.price()) < 0 ? other : known;
    }
}
