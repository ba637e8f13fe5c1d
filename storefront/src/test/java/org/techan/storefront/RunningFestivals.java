package org.techan.storefront;

import io.micronaut.core.annotation.Nullable;
import java.time.Clock;
import java.time.LocalDate;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.MarketCalendar;
import org.techan.promotions.CreateFestivalCommand;
import org.techan.promotions.FestivalDateRule;
import org.techan.promotions.PromotionsApi;

/** Festivals running today whatever day the tests run, created as an operator would. */
final class RunningFestivals {

    private RunningFestivals() {}

    /**
     * A festival that started {@code daysAgo} days ago and lasts {@code days} days; never from a
     * 29 February, which would not come back next year.
     */
    static void create(PromotionsApi promotions, String slug, String nameZh, int daysAgo, int days) {
        create(promotions, slug, nameZh, null, daysAgo, days);
    }

    /** As {@link #create(PromotionsApi, String, String, int, int)}, with an English name. */
    static void create(
            PromotionsApi promotions, String slug, String nameZh, @Nullable String nameEn, int daysAgo, int days) {
        LocalDate start = MarketCalendar.today(Clock.systemUTC()).minusDays(daysAgo);
        if (start.getMonthValue() == 2 && start.getDayOfMonth() == 29) {
            start = start.minusDays(1);
        }
        promotions.createFestival(
                TestMarketplace.OPERATOR,
                new CreateFestivalCommand(
                        slug,
                        nameZh,
                        nameEn,
                        null,
                        null,
                        FestivalDateRule.fixed(start.getMonthValue(), start.getDayOfMonth()),
                        days,
                        0,
                        null));
    }
}
