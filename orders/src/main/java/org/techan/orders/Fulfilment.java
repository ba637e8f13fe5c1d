package org.techan.orders;

import java.util.EnumSet;
import java.util.Set;

/** How one shop's order reaches the buyer; each allows only the lifecycle steps that fit it. */
public enum Fulfilment {
    /** By courier to the buyer's address: shipped with a tracking number, then delivered. */
    DELIVERY(EnumSet.of(OrderState.READY_FOR_PICKUP, OrderState.PICKED_UP)),
    /** To a community store in one consignment per store and day; the buyer collects it with a code. */
    PICKUP(EnumSet.of(OrderState.DELIVERED));

    private final Set<OrderState> foreign;

    Fulfilment(Set<OrderState> foreign) {
        this.foreign = foreign;
    }

    public boolean allows(OrderState state) {
        return !foreign.contains(state);
    }
}
