package org.techan.promotions;

/** How a coupon takes its discount. */
public enum CouponKind {
    /** A fixed amount off (满100减15, or 无门槛 with no threshold). */
    FIXED,
    /** A percentage of the price paid (9 折), up to a most-off amount. */
    PERCENT
}
