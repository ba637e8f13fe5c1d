package org.techan.orders;

import java.util.List;

/**
 * A module whose discounts draw on something limited (a campaign's budget, an enrolment's units, a
 * coupon's stock) is told of every discount a checkout applies, in the checkout's own transaction
 * and before its stock is held. Refusing (a {@link org.techan.platform.ConflictException}) rolls
 * the whole checkout back: no discount is ever granted beyond what was left.
 */
public interface DiscountClaims {

    /**
     * Claims what {@code applied} spends of this module's discounts; the others are ignored.
     *
     * @throws org.techan.platform.ConflictException when one of them has run out
     */
    void claim(List<AppliedDiscount> applied);
}
