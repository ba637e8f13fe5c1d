package org.techan.orders;

/** How a shop charges for home delivery: the same per order, or by the parcel's weight. */
public enum ShippingKind {
    FLAT,
    BY_WEIGHT
}
