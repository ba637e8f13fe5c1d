package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.techan.orders.DiscountTerms;
import org.techan.orders.Funder;
import org.techan.orders.PriceOffer;
import org.techan.orders.PricingContext;
import org.techan.orders.PricingStage;
import org.techan.orders.PricingStep;
import org.techan.platform.MarketCalendar;
import org.techan.platform.SqlScript;

/**
 * The pricing pipeline's item stage for campaigns: an approved SKU of a live campaign sells at its
 * campaign price from the first to the last day of the festival edition the campaign runs on (a
 * paused campaign offers nothing). The pipeline keeps the lowest price a line is offered.
 */
@Singleton
class CampaignPrices implements PricingStep {

    private final PromotionsSql sql;
    private final Clock clock;

    CampaignPrices(PromotionsSql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public PricingStage stage() {
        return PricingStage.ITEM_PRICE;
    }

    @Override
    public List<PriceOffer> offers(PricingContext context) {
        if (context.lines().isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        context.lines().forEach(line -> parameters.add(line.item().skuId()));
        Date today = Date.valueOf(MarketCalendar.today(clock));
        parameters.add(today);
        parameters.add(today);
        return sql.query(
                "SELECT e.sku_id, e.campaign_price, c.id, c.name_zh, c.funder FROM promotions_enrolment e"
                        + " JOIN promotions_campaign c ON c.id = e.campaign_id"
                        + " WHERE e.sku_id IN ("
                        + SqlScript.rows("?", context.lines().size()) + ")"
                        + " AND e.state = 'APPROVED' AND c.state = 'LIVE' AND c.starts_on <= ? AND c.ends_on >= ?",
                row -> (PriceOffer) new PriceOffer.LinePrice(
                        row.getLong(1),
                        row.getBigDecimal(2),
                        DiscountTerms.combinable(
                                row.getString(4), "campaign:" + row.getLong(3), Funder.valueOf(row.getString(5)))),
                parameters.toArray());
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
