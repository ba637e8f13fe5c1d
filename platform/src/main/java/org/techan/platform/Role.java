package org.techan.platform;

/** What an account may do. */
public enum Role {
    /** Runs the marketplace: approves shops, verifies certificates, curates pavilions. */
    OPERATOR,
    /** Works for exactly one shop and sees only that shop's back office. */
    SHOP_STAFF,
    /** Buys for themselves: a cart, checkouts, their own orders and nobody else's. */
    CONSUMER,
    /** Works at one community pickup store: receives consignments, checks pickup codes, hands over. */
    STORE_CLERK,
    /**
     * Buys in bulk for one buyer organisation (a canteen, supermarket, restaurant or distributor),
     * with what its roles there allow; sees that organisation's orders and nobody else's.
     */
    WHOLESALE_BUYER
}
