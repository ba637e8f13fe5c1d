package org.techan.promotions;

/** How a festival's date is found each year. */
public enum DateRuleKind {
    /** The same Gregorian month and day every year: 6-18, 11-11, a county's own festival. */
    FIXED,
    /** A day of the Chinese lunar calendar: 正月初一 (the Spring Festival), 八月十五 (Mid-Autumn). */
    LUNAR,
    /** The day of a solar term: 秋分 for the harvest festival. */
    SOLAR_TERM
}
