package org.techan.promotions.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.techan.platform.MarketCalendar;
import org.techan.promotions.ClaimedCouponView;

/**
 * Buyers' claimed coupons. Pricing asks for a buyer's usable ones on every quote; while nobody
 * holds an unused coupon at all (known for {@code techan.promotions.live-prices-ttl}, and at once
 * on the replica where one is claimed) it answers without asking the database, so checkouts pay
 * for the wallet read only once coupons are in use.
 */
@Singleton
class CouponWallets {

    private final PromotionsSql sql;
    private final Clock clock;
    private final long ttlNanos;
    private volatile long anyCheckedAt;
    private volatile boolean any = true;

    CouponWallets(PromotionsSql sql, Clock clock, @Value("${techan.promotions.live-prices-ttl:1s}") Duration ttl) {
        this.sql = sql;
        this.clock = clock;
        this.ttlNanos = ttl.toNanos();
        this.anyCheckedAt = System.nanoTime() - ttlNanos - 1;
    }

    /** The coupons a buyer can use today, unused, soonest to expire first. */
    List<ClaimedCouponView> usable(long accountId) {
        LocalDate today = MarketCalendar.today(clock);
        if (!anyUnused(today)) {
            return List.of();
        }
        return sql.query(
                "SELECT c.*, cc.id AS claim_id, cc.valid_from, cc.valid_to, cc.used_at FROM promotions_coupon_claim cc"
                        + " JOIN promotions_coupon c ON c.id = cc.coupon_id WHERE cc.account_id = ? AND cc.used_at IS NULL"
                        + " AND cc.valid_from <= ? AND cc.valid_to >= ? ORDER BY cc.valid_to, cc.id LIMIT 50",
                CouponWallets::claimed,
                accountId,
                Date.valueOf(today),
                Date.valueOf(today));
    }

    /** A buyer's wallet as they read it: coupons not yet expired (used ones too), and those ended in the last 30 days. */
    List<ClaimedCouponView> of(long accountId) {
        LocalDate today = MarketCalendar.today(clock);
        return sql.query(
                "SELECT c.*, cc.id AS claim_id, cc.valid_from, cc.valid_to, cc.used_at FROM promotions_coupon_claim cc"
                        + " JOIN promotions_coupon c ON c.id = cc.coupon_id WHERE cc.account_id = ? AND cc.valid_to >= ?"
                        + " ORDER BY cc.used_at IS NOT NULL, cc.valid_to < ?, cc.valid_to, cc.id LIMIT 100",
                CouponWallets::claimed,
                accountId,
                Date.valueOf(today.minusDays(30)),
                Date.valueOf(today));
    }

    /** A coupon was claimed on this replica: wallets are worth reading again. */
    void claimed() {
        any = true;
        anyCheckedAt = System.nanoTime();
    }

    private boolean anyUnused(LocalDate today) {
        if (System.nanoTime() - anyCheckedAt < ttlNanos) {
            return any;
        }
        boolean found = !sql.query(
                        "SELECT 1 FROM promotions_coupon_claim WHERE used_at IS NULL AND valid_to >= ? LIMIT 1",
                        row -> row.getInt(1),
                        Date.valueOf(today))
                .isEmpty();
        any = found;
        anyCheckedAt = System.nanoTime();
        return found;
    }

    private static ClaimedCouponView claimed(java.sql.ResultSet row) throws java.sql.SQLException {
        return new ClaimedCouponView(
                row.getLong("claim_id"),
                Coupons.view(row),
                row.getDate("valid_from").toLocalDate(),
                row.getDate("valid_to").toLocalDate(),
                row.getTimestamp("used_at") != null);
    }
}
