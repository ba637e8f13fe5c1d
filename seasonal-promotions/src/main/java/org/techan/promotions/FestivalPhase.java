package org.techan.promotions;

/** Where a festival's next (or current) edition stands today. */
public enum FestivalPhase {
    /** Announced: too far ahead to show prices. */
    COMING,
    /** The days before it starts: shown with a countdown and the coming prices, not yet sold at them. */
    WARM_UP,
    /** Running. */
    ON
}
