package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.techan.orders.Funder;

/**
 * A coupon as issued, with how many were claimed and what its uses took off.
 *
 * @param shopSlug the shop whose coupon it is; null for the platform's
 * @param shopNameZh its name when the coupon was issued
 */
@Serdeable
public record CouponView(
        long id,
        @Nullable String shopSlug,
        @Nullable String shopNameZh,
        String nameZh,
        @Nullable String nameEn,
        CouponKind kind,
        @Nullable BigDecimal amountOff,
        @Nullable Integer percentPaid,
        @Nullable BigDecimal mostOff,
        BigDecimal threshold,
        LocalDate claimFrom,
        LocalDate claimTo,
        @Nullable LocalDate useFrom,
        @Nullable LocalDate useTo,
        @Nullable Integer useDays,
        int perBuyer,
        int quantity,
        int claimed,
        @Nullable BigDecimal budget,
        BigDecimal spent,
        @Nullable String code,
        Funder funder,
        boolean stopped) {

    /** Whether every coupon has been claimed. */
    public boolean claimedOut() {
        return claimed >= quantity;
    }
}
