package org.techan.orders;

import java.util.EnumSet;
import java.util.Set;

/** Where an order stands. Which state may follow which is the order lifecycle, kept here with the states. */
public enum OrderState {
    PENDING_PAYMENT,
    PAID,
    PACKED,
    SHIPPED,
    READY_FOR_PICKUP,
    DELIVERED,
    PICKED_UP,
    COMPLETED,
    CANCELLED,
    REFUNDED;

    /** The states this one may move to; none from a final state. */
    public Set<OrderState> next() {
        return switch (this) {
            case PENDING_PAYMENT -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(PACKED, REFUNDED);
                // Shipped, or ready where it was packed for a business buyer to collect.
            case PACKED -> EnumSet.of(SHIPPED, READY_FOR_PICKUP, REFUNDED);
                // Shipped to the buyer (then delivered) or to the pickup store (then ready there).
            case SHIPPED -> EnumSet.of(DELIVERED, READY_FOR_PICKUP, REFUNDED);
                // Not collected in time: closed under the no-show policy.
            case READY_FOR_PICKUP -> EnumSet.of(PICKED_UP, CANCELLED, REFUNDED);
            case DELIVERED, PICKED_UP -> EnumSet.of(COMPLETED, REFUNDED);
            case COMPLETED -> EnumSet.of(REFUNDED);
            case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderState.class);
        };
    }

    public boolean canBecome(OrderState state) {
        return next().contains(state);
    }
}
