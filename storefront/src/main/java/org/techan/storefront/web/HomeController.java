package org.techan.storefront.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductView;
import org.techan.platform.MarketCalendar;

@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class HomeController {

    private static final int IN_SEASON = 12;
    /** Enough in-season products to choose a varied shelf of twelve from. */
    private static final int CANDIDATES = 96;

    private final CatalogApi catalog;
    private final Clock clock;

    HomeController(CatalogApi catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @View("home")
    @Get(produces = MediaType.TEXT_HTML)
    HomePage home() {
        int month = MarketCalendar.today(clock).getMonthValue();
        return new HomePage(
                catalog.pavilions(),
                month,
                Assortment.mixed(
                        catalog.shelf(ProductQuery.inSeason(month), 0, CANDIDATES)
                                .items(),
                        ProductView::shopSlug,
                        ProductView::categorySlug,
                        IN_SEASON));
    }
}
