package org.techan.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a buyer's after-sale request stands, and which move may follow which. The shop answers a
 * request (refund, ask for the goods back, or refuse with a reason); a buyer may take a refusal,
 * or goods sent back and not refunded, to an operator (DISPUTED), who refunds or upholds the shop.
 * The buyer may withdraw an open request.
 */
public enum AfterSaleState {
    REQUESTED,
    GOODS_REQUESTED,
    REFUSED,
    DISPUTED,
    REFUNDED,
    UPHELD,
    WITHDRAWN;

    public Set<AfterSaleState> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(REFUNDED, GOODS_REQUESTED, REFUSED, WITHDRAWN);
            case GOODS_REQUESTED -> EnumSet.of(REFUNDED, DISPUTED, WITHDRAWN);
            case REFUSED -> EnumSet.of(DISPUTED, WITHDRAWN);
            case DISPUTED -> EnumSet.of(REFUNDED, UPHELD);
            case REFUNDED, UPHELD, WITHDRAWN -> EnumSet.noneOf(AfterSaleState.class);
        };
    }

    public boolean canBecome(AfterSaleState state) {
        return next().contains(state);
    }

    /** Still waiting for someone: a new request on the same order waits until it ends. */
    public boolean open() {
        return !next().isEmpty();
    }
}
