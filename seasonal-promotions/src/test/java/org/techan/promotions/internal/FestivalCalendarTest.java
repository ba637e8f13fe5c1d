package org.techan.promotions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.DateRuleKind;
import org.techan.promotions.FestivalDateRule;
import org.techan.promotions.FestivalPhase;
import org.techan.promotions.SolarTerm;

/** Dates checked against the calendar China publishes (中国天文年历 / the State Council's holiday notices). */
class FestivalCalendarTest {

    @ParameterizedTest(name = "Spring Festival {0}: {1}")
    @CsvSource({
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
        "2028, 2028-01-26",
        "2030, 2030-02-03"
    })
    void theSpringFestivalIsTheFirstDayOfTheFirstLunarMonth(int year, LocalDate expected) {
        assertThat(FestivalCalendar.dateIn(FestivalDateRule.lunar(1, 1), year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "lunar {1}/{2} of {0}: {3}")
    @CsvSource({
        "2024, 8, 15, 2024-09-17",
        "2025, 8, 15, 2025-10-06",
        "2026, 8, 15, 2026-09-25",
        "2025, 5, 5, 2025-05-31",
        "2026, 5, 5, 2026-06-19",
        "2025, 12, 8, 2026-01-26"
    })
    void lunarDatesFallWhereThePublishedCalendarPutsThem(int year, int month, int day, LocalDate expected) {
        assertThat(FestivalCalendar.dateIn(FestivalDateRule.lunar(month, day), year))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} {0}: {2}")
    @CsvSource({
        "2020, AUTUMN_EQUINOX, 2020-09-22",
        "2021, AUTUMN_EQUINOX, 2021-09-23",
        "2022, AUTUMN_EQUINOX, 2022-09-23",
        "2023, AUTUMN_EQUINOX, 2023-09-23",
        "2024, AUTUMN_EQUINOX, 2024-09-22",
        "2025, AUTUMN_EQUINOX, 2025-09-23",
        "2026, AUTUMN_EQUINOX, 2026-09-23",
        "2024, CLEAR_AND_BRIGHT, 2024-04-04",
        "2026, CLEAR_AND_BRIGHT, 2026-04-05",
        "2024, WINTER_SOLSTICE, 2024-12-21",
        "2025, START_OF_SPRING, 2025-02-03",
        "2026, START_OF_SPRING, 2026-02-04",
        "2026, MINOR_COLD, 2026-01-05"
    })
    void solarTermsFallOnTheirDayInBeijingTime(int year, SolarTerm term, LocalDate expected) {
        assertThat(FestivalCalendar.dateIn(FestivalDateRule.solarTerm(term), year))
                .isEqualTo(expected);
    }

    @Test
    void anOffsetMovesTheDateAndFixedDatesStayPut() {
        // 年货节: three weeks before the Spring Festival of 2026 (02-17).
        assertThat(FestivalCalendar.dateIn(FestivalDateRule.lunar(1, 1).shifted(-21), 2026))
                .isEqualTo(LocalDate.of(2026, 1, 27));
        assertThat(FestivalCalendar.dateIn(FestivalDateRule.fixed(11, 11), 2027))
                .isEqualTo(LocalDate.of(2027, 11, 11));
        assertThat(FestivalCalendar.dateIn(FestivalDateRule.fixed(2, 29), 2027)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void theEditionShownIsTheOneRunningOrInWarmUpElseTheNext() {
        FestivalDateRule doubleEleven = FestivalDateRule.fixed(11, 11);

        FestivalCalendar.Edition before = FestivalCalendar.current(doubleEleven, 3, 10, LocalDate.of(2026, 10, 1));
        FestivalCalendar.Edition warmUp = FestivalCalendar.current(doubleEleven, 3, 10, LocalDate.of(2026, 11, 1));
        FestivalCalendar.Edition lastDay = FestivalCalendar.current(doubleEleven, 3, 10, LocalDate.of(2026, 11, 13));
        FestivalCalendar.Edition after = FestivalCalendar.current(doubleEleven, 3, 10, LocalDate.of(2026, 11, 14));

        assertThat(before.startsOn()).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(before.phaseOn(LocalDate.of(2026, 10, 1))).isEqualTo(FestivalPhase.COMING);
        assertThat(warmUp.warmUpFrom()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(warmUp.phaseOn(LocalDate.of(2026, 11, 1))).isEqualTo(FestivalPhase.WARM_UP);
        assertThat(lastDay.endsOn()).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(lastDay.phaseOn(LocalDate.of(2026, 11, 13))).isEqualTo(FestivalPhase.ON);
        assertThat(after.startsOn()).isEqualTo(LocalDate.of(2027, 11, 11));
        // A festival spanning the new year is still on in January: 年货节 of the 2026 Spring Festival.
        FestivalCalendar.Edition newYearGoods =
                FestivalCalendar.current(FestivalDateRule.lunar(1, 1).shifted(-21), 21, 7, LocalDate.of(2026, 2, 10));
        assertThat(newYearGoods.startsOn()).isEqualTo(LocalDate.of(2026, 1, 27));
    }

    @Test
    void aRuleThatNamesNoDateIsRefused() {
        for (FestivalDateRule broken : new FestivalDateRule[] {
            new FestivalDateRule(DateRuleKind.FIXED, 13, 1, null, 0),
            new FestivalDateRule(DateRuleKind.FIXED, 4, 31, null, 0),
            new FestivalDateRule(DateRuleKind.LUNAR, 1, 31, null, 0),
            new FestivalDateRule(DateRuleKind.LUNAR, null, 1, null, 0),
            new FestivalDateRule(DateRuleKind.SOLAR_TERM, null, null, null, 0),
            new FestivalDateRule(DateRuleKind.SOLAR_TERM, 9, null, SolarTerm.AUTUMN_EQUINOX, 0),
            new FestivalDateRule(DateRuleKind.FIXED, 6, 18, SolarTerm.AUTUMN_EQUINOX, 0),
            new FestivalDateRule(DateRuleKind.FIXED, 6, 18, null, 61),
            new FestivalDateRule(null, 6, 18, null, 0)
        }) {
            assertThatThrownBy(() -> FestivalCalendar.dateIn(broken, 2026))
                    .as("%s", broken)
                    .isInstanceOf(RuleViolationException.class);
        }
        assertThatThrownBy(() -> FestivalCalendar.dateIn(FestivalDateRule.fixed(6, 18), 2200))
                .isInstanceOf(RuleViolationException.class);
    }
}
