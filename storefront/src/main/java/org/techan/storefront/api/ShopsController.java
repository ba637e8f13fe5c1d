package org.techan.storefront.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.PageOf;
import org.techan.catalog.RegionCode;
import org.techan.catalog.ShopView;

/** Approved shops, as shoppers see them. */
@Controller("/api/v1/shops")
@Tag(name = "shops")
@ExecuteOn(TaskExecutors.BLOCKING)
class ShopsController {

    private final CatalogApi catalog;

    ShopsController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Get
    @Operation(summary = "Approved shops anywhere within a region (a 2- to 12-digit division code), by name")
    PageOf<ShopView> inRegion(
            @QueryValue String region,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "20") int size) {
        return catalog.openShopsIn(RegionCode.parse(region), page, size);
    }

    @Get("/{slug}")
    @Operation(summary = "An approved shop")
    ShopView shop(@PathVariable String slug) {
        return catalog.openShop(slug);
    }
}
