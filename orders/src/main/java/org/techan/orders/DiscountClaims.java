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

    /**
     * As {@link #claim(List)}, with the claim's statements added to the checkout's own write
     * script so they travel in its round trip; answers what checks their results once the script
     * ran. The default claims at once, in a round trip of its own.
     */
    default ClaimCheck claim(List<AppliedDiscount> applied, org.techan.platform.SqlScript script) {
        claim(applied);
        return results -> {};
    }

    /** What a claim checks once the checkout's script ran. */
    @FunctionalInterface
    interface ClaimCheck {

        /** @throws org.techan.platform.ConflictException when one of the discounts has run out */
        void check(org.techan.platform.SqlScript.Results results);
    }
}
