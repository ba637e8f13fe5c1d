package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.techan.orders.AppliedDiscount;
import org.techan.orders.DiscountClaims;
import org.techan.orders.OrderCancelled;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.OutboxSubscriber;
import org.techan.platform.SqlScript;

/**
 * A coupon used at checkout is taken from the buyer's wallet in the checkout's transaction: only
 * if it is still unused and valid, and only while its budget covers what it takes off (conditional
 * updates), so a coupon is never used twice nor a budget overspent. What each order took off is
 * recorded; an order cancelled before payment puts its coupons back in the wallet.
 */
@Singleton
class CouponRedemptions implements DiscountClaims, OutboxSubscriber<OrderCancelled> {

    private final PromotionsSql sql;
    private final Clock clock;

    CouponRedemptions(PromotionsSql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public void claim(List<AppliedDiscount> applied) {
        // Claim id → order number → amount, claims in id order so two checkouts never wait on each other.
        Map<Long, Map<String, BigDecimal>> uses = new TreeMap<>();
        Map<Long, String> labels = new LinkedHashMap<>();
        Map<Long, String> funders = new LinkedHashMap<>();
        for (AppliedDiscount discount : applied) {
            String source = discount.adjustment().terms().source();
            if (source.startsWith(CouponPrices.SOURCE)) {
                long claim = Long.parseLong(source.substring(CouponPrices.SOURCE.length()));
                uses.computeIfAbsent(claim, c -> new LinkedHashMap<>())
                        .merge(discount.orderNumber(), discount.adjustment().amount(), BigDecimal::add);
                labels.put(claim, discount.adjustment().terms().label());
                funders.put(claim, discount.adjustment().terms().funder().name());
            }
        }
        if (uses.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        Date today = Date.valueOf(MarketCalendar.today(clock));
        SqlScript script = new SqlScript();
        Map<Long, SqlScript.Statement> taken = new LinkedHashMap<>();
        Map<Long, SqlScript.Statement> budgets = new LinkedHashMap<>();
        List<Object> rows = new ArrayList<>();
        int count = 0;
        for (Map.Entry<Long, Map<String, BigDecimal>> use : uses.entrySet()) {
            long claim = use.getKey();
            BigDecimal amount = use.getValue().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            taken.put(
                    claim,
                    script.add(
                            "UPDATE promotions_coupon_claim SET used_at = ? WHERE id = ? AND used_at IS NULL"
                                    + " AND valid_from <= ? AND valid_to >= ?",
                            now,
                            claim,
                            today,
                            today));
            budgets.put(
                    claim,
                    script.add(
                            "UPDATE promotions_coupon c JOIN promotions_coupon_claim cc ON cc.coupon_id = c.id"
                                    + " SET c.spent = c.spent + ? WHERE cc.id = ? AND (c.budget IS NULL"
                                    + " OR c.spent + ? <= c.budget)",
                            amount,
                            claim,
                            amount));
            for (Map.Entry<String, BigDecimal> order : use.getValue().entrySet()) {
                rows.addAll(Arrays.asList(claim, order.getKey(), order.getValue(), funders.get(claim), now));
                count++;
            }
        }
        script.add(
                "INSERT INTO promotions_coupon_use (claim_id, order_number, amount, funder, used_at) VALUES "
                        + SqlScript.rows("(?, ?, ?, ?, ?)", count),
                rows);
        SqlScript.Results results = sql.run(script);
        for (Long claim : uses.keySet()) {
            if (results.of(taken.get(claim)).updated() != 1) {
                throw new ConflictException("checkout.coupon.used", labels.get(claim));
            }
            if (results.of(budgets.get(claim)).updated() != 1) {
                throw new ConflictException("checkout.promotion.ran-out", labels.get(claim));
            }
        }
    }

    @Override
    public Class<OrderCancelled> eventType() {
        return OrderCancelled.class;
    }

    @Override
    public void on(OrderCancelled event, String eventId) {
        record Use(long id, long claimId, BigDecimal amount) {}
        List<Use> uses = sql.query(
                "SELECT id, claim_id, amount FROM promotions_coupon_use WHERE order_number = ? AND released_at IS NULL"
                        + " ORDER BY claim_id FOR UPDATE",
                row -> new Use(row.getLong(1), row.getLong(2), row.getBigDecimal(3)),
                event.orderNumber());
        if (uses.isEmpty()) {
            return;
        }
        SqlScript script = new SqlScript();
        for (Use use : uses) {
            script.add(
                    "UPDATE promotions_coupon c JOIN promotions_coupon_claim cc ON cc.coupon_id = c.id"
                            + " SET c.spent = c.spent - ? WHERE cc.id = ?",
                    use.amount(),
                    use.claimId());
        }
        script.add(
                "UPDATE promotions_coupon_use SET released_at = ? WHERE order_number = ? AND released_at IS NULL",
                Timestamp.from(clock.instant()),
                event.orderNumber());
        for (long claim : uses.stream().map(Use::claimId).distinct().toList()) {
            // Back in the wallet once no order of the checkout holds it any more.
            script.add(
                    "UPDATE promotions_coupon_claim SET used_at = NULL WHERE id = ? AND NOT EXISTS"
                            + " (SELECT 1 FROM promotions_coupon_use u WHERE u.claim_id = ? AND u.released_at IS NULL)",
                    claim,
                    claim);
        }
        sql.run(script);
    }
}
