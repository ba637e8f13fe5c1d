package org.techan.orders;

import java.util.EnumSet;
import java.util.Set;

/** How one shop's order reaches the buyer; each allows only the lifecycle steps that fit it. */
public enum Fulfilment {
    /** By courier to the buyer's address: shipped with a tracking number, then delivered. */
    DELIVERY(EnumSet.of(OrderState.READY_FOR_PICKUP, OrderState.PICKED_UP)),
    /** To a community store in one consignment per store and day; the buyer collects it with a code. */
    PICKUP(EnumSet.of(OrderState.DELIVERED)),
    /**
     * Collected by a business buyer at the shop's producing base (基地自提): packed, ready there,
     * collected. Nothing is shipped, so no freight is charged.
     */
    COLLECTION(EnumSet.of(OrderState.SHIPPED, OrderState.DELIVERED));

    private final Set<OrderState> foreign;

    Fulfilment(Set<OrderState> foreign) {
        this.foreign = foreign;
    }

    public boolean allows(OrderState state) {
        return !foreign.contains(state);
    }

    /**
     * Whether an order fulfilled this way may move from {@code from} to {@code to}: a step the
     * lifecycle allows that fits it. Only a collection is ready where it was packed; a pickup is
     * ready at the store it was shipped to.
     */
    public boolean allows(OrderState from, OrderState to) {
        boolean readyWherePacked = from == OrderState.PACKED && to == OrderState.READY_FOR_PICKUP;
        return from.canBecome(to) && allows(to) && (!readyWherePacked || this == COLLECTION);
    }
}
