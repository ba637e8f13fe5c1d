package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.techan.orders.Funder;

/**
 * A coupon an operator (for the platform) or shop staff (for their shop) issues.
 *
 * @param amountOff for {@link CouponKind#FIXED}: the amount off
 * @param percentPaid for {@link CouponKind#PERCENT}: the share paid, 1–99 (90 = 9 折)
 * @param mostOff for {@link CouponKind#PERCENT}: the most it takes off; none for no cap
 * @param threshold what the lines it covers must reach (the shop's lines for a shop coupon, every
 *     line for the platform's); zero or none for 无门槛
 * @param claimFrom the first day buyers can claim it
 * @param claimTo the last day buyers can claim it
 * @param useFrom with {@code useTo}: the days every claimed coupon can be used
 * @param useDays instead of fixed days: each claimed coupon can be used for this many days from
 *     its claiming
 * @param perBuyer how many one buyer may claim
 * @param quantity how many can be claimed in all
 * @param budget the most all its uses may take off; none for no limit
 * @param code what buyers type to claim it (4–20 letters and digits); none for the coupon centre only
 * @param funder for platform coupons: the platform (the usual) or the pavilion; a shop's coupon is
 *     always the shop's
 * @param requestKey the request's own key (a form's, or an API client's idempotency key): the same
 *     key again answers the coupon it issued, however often and however simultaneously sent
 */
@Serdeable
public record CreateCouponCommand(
        String nameZh,
        @Nullable String nameEn,
        CouponKind kind,
        @Nullable BigDecimal amountOff,
        @Nullable Integer percentPaid,
        @Nullable BigDecimal mostOff,
        @Nullable BigDecimal threshold,
        LocalDate claimFrom,
        LocalDate claimTo,
        @Nullable LocalDate useFrom,
        @Nullable LocalDate useTo,
        @Nullable Integer useDays,
        @Nullable Integer perBuyer,
        int quantity,
        @Nullable BigDecimal budget,
        @Nullable String code,
        @Nullable Funder funder,
        @Nullable String requestKey) {

    /** A command without a request key: sent twice, it issues two coupons. */
    public CreateCouponCommand(
            String nameZh,
            @Nullable String nameEn,
            CouponKind kind,
            @Nullable BigDecimal amountOff,
            @Nullable Integer percentPaid,
            @Nullable BigDecimal mostOff,
            @Nullable BigDecimal threshold,
            LocalDate claimFrom,
            LocalDate claimTo,
            @Nullable LocalDate useFrom,
            @Nullable LocalDate useTo,
            @Nullable Integer useDays,
            @Nullable Integer perBuyer,
            int quantity,
            @Nullable BigDecimal budget,
            @Nullable String code,
            @Nullable Funder funder) {
        this(
                nameZh,
                nameEn,
                kind,
                amountOff,
                percentPaid,
                mostOff,
                threshold,
                claimFrom,
                claimTo,
                useFrom,
                useTo,
                useDays,
                perBuyer,
                quantity,
                budget,
                code,
                funder,
                null);
    }
}
