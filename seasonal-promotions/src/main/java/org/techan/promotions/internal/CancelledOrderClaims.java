package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.techan.orders.OrderCancelled;
import org.techan.platform.OutboxSubscriber;
import org.techan.platform.SqlScript;

/**
 * An order cancelled before payment gives back what it claimed: its units to the enrolments' caps
 * and its discounts to the budgets. Its claims are marked released in the same transaction, so a
 * repeated event gives nothing back twice.
 */
@Singleton
class CancelledOrderClaims implements OutboxSubscriber<OrderCancelled> {

    private final PromotionsSql sql;
    private final LiveCampaigns live;
    private final Clock clock;

    CancelledOrderClaims(PromotionsSql sql, LiveCampaigns live, Clock clock) {
        this.sql = sql;
        this.live = live;
        this.clock = clock;
    }

    @Override
    public Class<OrderCancelled> eventType() {
        return OrderCancelled.class;
    }

    @Override
    public void on(OrderCancelled event, String eventId) {
        record Claimed(long id, long campaignId, Long skuId, int units, BigDecimal amount) {}
        List<Claimed> claims = sql.query(
                "SELECT id, campaign_id, sku_id, units, amount FROM promotions_claim WHERE order_number = ?"
                        + " AND released_at IS NULL ORDER BY campaign_id, sku_id FOR UPDATE",
                row -> new Claimed(
                        row.getLong(1),
                        row.getLong(2),
                        row.getObject(3, Long.class),
                        row.getInt(4),
                        row.getBigDecimal(5)),
                event.orderNumber());
        if (claims.isEmpty()) {
            return;
        }
        SqlScript script = new SqlScript();
        for (Claimed claim : claims) {
            script.add(
                    "UPDATE promotions_campaign SET spent = spent - ? WHERE id = ? AND budget IS NOT NULL",
                    claim.amount(),
                    claim.campaignId());
            if (claim.units() > 0) {
                script.add(
                        "UPDATE promotions_enrolment SET sold_units = sold_units - ? WHERE campaign_id = ? AND sku_id = ?",
                        claim.units(),
                        claim.campaignId(),
                        claim.skuId());
            }
        }
        script.add(
                "UPDATE promotions_claim SET released_at = ? WHERE order_number = ? AND released_at IS NULL",
                Timestamp.from(clock.instant()),
                event.orderNumber());
        sql.run(script);
        live.forget();
    }
}
