package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.PavilionView;
import org.techan.catalog.ProductView;
import org.techan.platform.MarketCalendar;
import org.techan.promotions.FestivalOffer;
import org.techan.promotions.FestivalPhase;
import org.techan.promotions.FestivalView;
import org.techan.promotions.PromotionsApi;

/** The festival calendar for shoppers: what is on and coming, and each festival's page. */
@Hidden
@Controller("/festivals")
@ExecuteOn(TaskExecutors.BLOCKING)
class FestivalPagesController {

    /** A season ahead: far enough to plan a 年货 order, near enough to matter. */
    static final int HORIZON_DAYS = 120;

    /** Pavilions shown on a national festival's page, each with a few of its picks. */
    private static final int PAVILION_SECTIONS = 8;

    private static final int PICKS_PER_SECTION = 4;

    /** Campaign SKUs on a festival's page. */
    private static final int OFFERS_SHOWN = 48;

    private final PromotionsApi promotions;
    private final CatalogApi catalog;
    private final Clock clock;

    FestivalPagesController(PromotionsApi promotions, CatalogApi catalog, Clock clock) {
        this.promotions = promotions;
        this.catalog = catalog;
        this.clock = clock;
    }

    @View("festivals")
    @Get(produces = MediaType.TEXT_HTML)
    CalendarPage calendar() {
        return new CalendarPage(promotions.festivalsOnAndComing(HORIZON_DAYS).stream()
                .map(this::dated)
                .toList());
    }

    @View("festival")
    @Get(uri = "/{slug}", produces = MediaType.TEXT_HTML)
    FestivalPage festival(@PathVariable String slug) {
        FestivalView festival = promotions.festival(slug);
        List<PavilionView> pavilions = festival.pavilionSlug() == null
                ? catalog.pavilions().stream().limit(PAVILION_SECTIONS).toList()
                : List.of(catalog.pavilion(festival.pavilionSlug()));
        return new FestivalPage(
                dated(festival),
                promotions.festivalOffers(slug, OFFERS_SHOWN),
                pavilions.stream()
                        .map(pavilion -> new PavilionSection(
                                pavilion,
                                catalog.pavilionPicks(pavilion.slug()).stream()
                                        .limit(PICKS_PER_SECTION)
                                        .toList()))
                        .filter(section -> !section.products().isEmpty())
                        .toList());
    }

    private DatedFestival dated(FestivalView festival) {
        long daysToStart = ChronoUnit.DAYS.between(MarketCalendar.today(clock), festival.startsOn());
        return new DatedFestival(festival, festival.phase() == FestivalPhase.ON ? 0 : daysToStart);
    }

    /** A festival and the whole days until it starts (0 while it runs): the countdown. */
    @Introspected
    record DatedFestival(FestivalView festival, long daysToStart) {}

    @Introspected
    record CalendarPage(List<DatedFestival> festivals) {}

    @Introspected
    record PavilionSection(PavilionView pavilion, List<ProductView> products) {}

    @Introspected
    record FestivalPage(DatedFestival dated, List<FestivalOffer> offers, List<PavilionSection> sections) {}
}
