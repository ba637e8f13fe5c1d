package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.PageOf;
import org.techan.catalog.PavilionView;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;
import org.techan.catalog.ShopView;

/** Pavilion and shop pages for shoppers. */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogPagesController {

    static final int SHOPS_PER_PAGE = 12;

    private final CatalogApi catalog;

    CatalogPagesController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @View("pavilion")
    @Get(uri = "/pavilions/{slug}", produces = MediaType.TEXT_HTML)
    PavilionPage pavilion(@PathVariable String slug, @QueryValue(defaultValue = "0") int page) {
        PavilionView pavilion = catalog.pavilion(slug);
        PageOf<ShopView> shops = catalog.pavilionShops(slug, Math.max(page, 0), SHOPS_PER_PAGE);
        return new PavilionPage(pavilion, shops, (shops.total() + SHOPS_PER_PAGE - 1) / SHOPS_PER_PAGE);
    }

    @View("shop")
    @Get(uri = "/shops/{slug}", produces = MediaType.TEXT_HTML)
    ShopPage shop(@PathVariable String slug) {
        ShopView shop = catalog.openShop(slug);
        return new ShopPage(shop, catalog.regionPath(new RegionCode(shop.villageCode())));
    }

    @Introspected
    record PavilionPage(PavilionView pavilion, PageOf<ShopView> shops, long pageCount) {}

    @Introspected
    record ShopPage(ShopView shop, List<RegionView> location) {}
}
