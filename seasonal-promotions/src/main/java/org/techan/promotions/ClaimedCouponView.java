package org.techan.promotions;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A coupon in a buyer's wallet: usable from {@code validFrom} to {@code validTo} unless an order
 * holds it ({@code used}).
 */
@Serdeable
public record ClaimedCouponView(long claimId, CouponView coupon, LocalDate validFrom, LocalDate validTo, boolean used) {

    /** What the buyer names it by when choosing it at checkout. */
    public String choice() {
        return Long.toString(claimId);
    }
}
