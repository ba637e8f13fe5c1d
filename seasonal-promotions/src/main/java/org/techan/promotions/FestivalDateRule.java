package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * When a festival starts each year: a fixed date, a lunar date or a solar term, moved by
 * {@code offsetDays} (年货节 starts some weeks before the Spring Festival: 正月初一, −20 days).
 *
 * @param month the Gregorian month (FIXED) or the lunar month (LUNAR), 1 to 12; null for SOLAR_TERM
 * @param day the day of that month, 1 to 31 (FIXED) or 1 to 30 (LUNAR); null for SOLAR_TERM
 * @param term the solar term (SOLAR_TERM); null otherwise
 */
@Serdeable
public record FestivalDateRule(
        DateRuleKind kind, @Nullable Integer month, @Nullable Integer day, @Nullable SolarTerm term, int offsetDays) {

    public static FestivalDateRule fixed(int month, int day) {
        return new FestivalDateRule(DateRuleKind.FIXED, month, day, null, 0);
    }

    public static FestivalDateRule lunar(int month, int day) {
        return new FestivalDateRule(DateRuleKind.LUNAR, month, day, null, 0);
    }

    public static FestivalDateRule solarTerm(SolarTerm term) {
        return new FestivalDateRule(DateRuleKind.SOLAR_TERM, null, null, term, 0);
    }

    /** The same rule, {@code days} later (earlier when negative). */
    public FestivalDateRule shifted(int days) {
        return new FestivalDateRule(kind, month, day, term, offsetDays + days);
    }
}
