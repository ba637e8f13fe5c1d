package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ShopView;
import org.techan.storefront.security.SignedIn;

/** The cooperative back office: staff see and change only their own shop. */
@Hidden
@Controller("/coop")
@ExecuteOn(TaskExecutors.BLOCKING)
class CoopBackOfficeController {

    private final CatalogApi catalog;

    CoopBackOfficeController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @View("coop/home")
    @Get(produces = MediaType.TEXT_HTML)
    BackOfficePage home(Authentication authentication) {
        return new BackOfficePage(catalog.shopOf(SignedIn.actor(authentication)));
    }

    @Introspected
    record BackOfficePage(ShopView shop) {}
}
