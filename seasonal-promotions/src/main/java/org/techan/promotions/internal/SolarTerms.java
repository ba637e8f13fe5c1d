package org.techan.promotions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.techan.promotions.SolarTerm;

/**
 * The day of a solar term in China Standard Time, from the sun's apparent longitude (Meeus,
 * Astronomical Algorithms, ch. 25, low accuracy: about 0.01°, a quarter of an hour), solved by
 * Newton's method. Good for the years a marketplace plans ahead; a term within minutes of midnight
 * could land on the neighbouring day, which no festival rule has needed so far.
 */
final class SolarTerms {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final double TROPICAL_YEAR_DAYS = 365.2422;
    private static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;
    private static final double J2000 = 2451545.0;

    private SolarTerms() {}

    static LocalDate dayOf(SolarTerm term, int year) {
        return instantOf(term, year).atZone(CHINA).toLocalDate();
    }

    static Instant instantOf(SolarTerm term, int year) {
        // Start from the spring equinox's usual moment and the term's share of the year after it;
        // terms from 小寒 to 惊蛰 (285° to 345°) fall early in the Gregorian year, before it.
        double sinceEquinox = term.longitude() / 360.0 * TROPICAL_YEAR_DAYS;
        double equinox = julianDay(LocalDate.of(year, 3, 20));
        double jd = term.longitude() >= 285 ? equinox + sinceEquinox - TROPICAL_YEAR_DAYS : equinox + sinceEquinox;
        for (int step = 0; step < 20; step++) {
            double behind = normalised(term.longitude() - apparentLongitude(jd));
            jd += behind * TROPICAL_YEAR_DAYS / 360.0;
            if (Math.abs(behind) < 1e-7) {
                break;
            }
        }
        return Instant.ofEpochMilli(Math.round((jd - UNIX_EPOCH_JULIAN_DAY) * 86_400_000.0));
    }

    /** The sun's apparent ecliptic longitude in degrees at Julian day {@code jd}. */
    static double apparentLongitude(double jd) {
        double t = (jd - J2000) / 36525.0;
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double anomaly = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(anomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly)
                + 0.000289 * Math.sin(3 * anomaly);
        double node = Math.toRadians(125.04 - 1934.136 * t);
        return normalised360(meanLongitude + centre - 0.00569 - 0.00478 * Math.sin(node));
    }

    private static double julianDay(LocalDate day) {
        return day.toEpochDay() + UNIX_EPOCH_JULIAN_DAY;
    }

    private static double normalised(double degrees) {
        double d = normalised360(degrees);
        return d > 180 ? d - 360 : d;
    }

    private static double normalised360(double degrees) {
        double d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }
}
