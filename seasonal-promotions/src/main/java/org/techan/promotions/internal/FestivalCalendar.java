package org.techan.promotions.internal;

import java.time.LocalDate;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.FestivalDateRule;
import org.techan.promotions.FestivalPhase;

/** Where festival date rules land, year by year, and which edition of a festival is the one to show. */
final class FestivalCalendar {

    /** The years a rule can be computed for: what the solar-term and lunar computations are tested on. */
    static final int FIRST_YEAR = 1950;

    static final int LAST_YEAR = 2100;

    private FestivalCalendar() {}

    /** A festival edition: shown from {@code warmUpFrom}, running from {@code startsOn} to {@code endsOn}. */
    record Edition(LocalDate warmUpFrom, LocalDate startsOn, LocalDate endsOn) {

        FestivalPhase phaseOn(LocalDate today) {
            if (!today.isBefore(startsOn)) {
                return FestivalPhase.ON;
            }
            return today.isBefore(warmUpFrom) ? FestivalPhase.COMING : FestivalPhase.WARM_UP;
        }
    }

    /** The first day of the festival in {@code year}, the offset applied. */
    static LocalDate dateIn(FestivalDateRule rule, int year) {
        check(rule);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolationException("festival.year.invalid", FIRST_YEAR, LAST_YEAR);
        }
        LocalDate day =
                switch (rule.kind()) {
                    case FIXED -> LocalDate.of(
                            year, rule.month(), Math.min(rule.day(), monthLength(year, rule.month())));
                    case LUNAR -> LunarDates.dayOf(year, rule.month(), rule.day());
                    case SOLAR_TERM -> SolarTerms.dayOf(rule.term(), year);
                };
        return day.plusDays(rule.offsetDays());
    }

    /**
     * The edition to show on {@code today}: the one running or in warm-up, else the next one. An
     * edition that ended yesterday gives way to next year's.
     */
    static Edition current(FestivalDateRule rule, int lengthDays, int warmUpDays, LocalDate today) {
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            Edition edition = edition(rule, lengthDays, warmUpDays, year);
            if (!edition.endsOn().isBefore(today)) {
                return edition;
            }
        }
        return edition(rule, lengthDays, warmUpDays, today.getYear() + 2);
    }

    static Edition edition(FestivalDateRule rule, int lengthDays, int warmUpDays, int year) {
        LocalDate start = dateIn(rule, year);
        return new Edition(start.minusDays(warmUpDays), start, start.plusDays(lengthDays - 1L));
    }

    /**
     * Refuses a rule that names no date: a month or day out of range, a solar term missing, fields of
     * another kind set, an offset beyond two months.
     */
    static void check(FestivalDateRule rule) {
        if (rule == null || rule.kind() == null) {
            throw new RuleViolationException("festival.rule.invalid");
        }
        boolean valid =
                switch (rule.kind()) {
                    case FIXED -> rule.term() == null
                            && between(rule.month(), 1, 12)
                            && between(rule.day(), 1, rule.month() == null ? 31 : monthLength(2024, rule.month()));
                    case LUNAR -> rule.term() == null && between(rule.month(), 1, 12) && between(rule.day(), 1, 30);
                    case SOLAR_TERM -> rule.term() != null && rule.month() == null && rule.day() == null;
                };
        if (!valid || Math.abs(rule.offsetDays()) > 60) {
            throw new RuleViolationException("festival.rule.invalid");
        }
    }

    private static boolean between(Integer value, int low, int high) {
        return value != null && value >= low && value <= high;
    }

    /** 2-29 exists in leap years only: a festival on it falls on 2-28 otherwise. */
    private static int monthLength(int year, int month) {
        return java.time.YearMonth.of(year, month).lengthOfMonth();
    }
}
