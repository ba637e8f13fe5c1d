package org.techan.platform;

/** What an account may do. Wholesale buyers arrive with a later module. */
public enum Role {
    /** Runs the marketplace: approves shops, verifies certificates, curates pavilions. */
    OPERATOR,
    /** Works for exactly one shop and sees only that shop's back office. */
    SHOP_STAFF,
    /** Buys for themselves: a cart, checkouts, their own orders and nobody else's. */
    CONSUMER,
    /** Works at one community pickup store: receives consignments, checks pickup codes, hands over. */
    STORE_CLERK
}
