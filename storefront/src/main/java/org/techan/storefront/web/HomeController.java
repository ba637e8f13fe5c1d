package org.techan.storefront.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import org.techan.catalog.CatalogApi;

@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class HomeController {

    private final CatalogApi catalog;

    HomeController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @View("home")
    @Get(produces = MediaType.TEXT_HTML)
    HomePage home() {
        return new HomePage(catalog.pavilions());
    }
}
