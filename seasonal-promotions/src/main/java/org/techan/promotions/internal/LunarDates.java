package org.techan.promotions.internal;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.LunarMonth;
import com.nlf.calendar.Solar;
import java.time.LocalDate;

/**
 * Gregorian days of Chinese lunar dates, from the {@code cn.6tail:lunar} library (the calendar
 * China publishes, new moons computed for Beijing time with the 寿星 high-precision algorithms).
 */
final class LunarDates {

    private LunarDates() {}

    /**
     * The day of lunar {@code month}/{@code day} (not a leap month) in the lunar year that begins in
     * Gregorian {@code year}: 正月初一 of 2026 is 2026-02-17; 腊月 dates fall in January of the next
     * year. Day 30 of a month with 29 days is its last day.
     */
    static LocalDate dayOf(int year, int month, int day) {
        int lastDay = LunarMonth.fromYm(year, month).getDayCount();
        Solar solar = Lunar.fromYmd(year, month, Math.min(day, lastDay)).getSolar();
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
