package org.techan.promotions;

/**
 * The 24 solar terms (二十四节气), each the day the sun reaches its ecliptic longitude in China
 * Standard Time: 秋分 (the autumn equinox, 180°) is the farmers' harvest festival (中国农民丰收节).
 * Their Chinese names are in the message bundles ({@code solar-term.AUTUMN_EQUINOX}).
 */
public enum SolarTerm {
    SPRING_EQUINOX(0),
    CLEAR_AND_BRIGHT(15),
    GRAIN_RAIN(30),
    START_OF_SUMMER(45),
    GRAIN_BUDS(60),
    GRAIN_IN_EAR(75),
    SUMMER_SOLSTICE(90),
    MINOR_HEAT(105),
    MAJOR_HEAT(120),
    START_OF_AUTUMN(135),
    END_OF_HEAT(150),
    WHITE_DEW(165),
    AUTUMN_EQUINOX(180),
    COLD_DEW(195),
    FROST_DESCENT(210),
    START_OF_WINTER(225),
    MINOR_SNOW(240),
    MAJOR_SNOW(255),
    WINTER_SOLSTICE(270),
    MINOR_COLD(285),
    MAJOR_COLD(300),
    START_OF_SPRING(315),
    RAIN_WATER(330),
    AWAKENING_OF_INSECTS(345);

    private final int longitude;

    SolarTerm(int longitude) {
        this.longitude = longitude;
    }

    /** The sun's apparent ecliptic longitude on the term, in degrees. */
    public int longitude() {
        return longitude;
    }
}
