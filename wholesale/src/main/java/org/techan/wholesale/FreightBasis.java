package org.techan.wholesale;

/** What a shop's bulk freight bands count: the packs' net kilograms, or the litres of space they take. */
public enum FreightBasis {
    WEIGHT,
    VOLUME
}
