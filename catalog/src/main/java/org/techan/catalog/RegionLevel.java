package org.techan.catalog;

/**
 * The five levels of China's administrative divisions, and how many leading digits of a 12-digit
 * division code identify a region at that level (the rest are zeros).
 */
public enum RegionLevel {
    PROVINCE(2),
    CITY(4),
    COUNTY(6),
    TOWNSHIP(9),
    VILLAGE(12);

    private final int significantDigits;

    RegionLevel(int significantDigits) {
        this.significantDigits = significantDigits;
    }

    public int significantDigits() {
        return significantDigits;
    }
}
