package org.techan.wholesale;

/** Where a weighed line stands. */
public enum WeighingState {
    /** Weighed as ordered, or short within the tolerance and refunded the difference. */
    SETTLED,
    /** Short beyond the tolerance: the buyer accepts it at its weight or refuses it. */
    WAITING,
    /** The buyer took it at its weight: the shortfall was refunded. */
    ACCEPTED,
    /** The buyer refused it: the whole line was refunded. */
    REFUSED
}
