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
import org.techan.catalog.PavilionView;
import org.techan.catalog.ShopView;

/** Regional pavilions (特产馆) and the shops they show. */
@Controller("/api/v1/pavilions")
@Tag(name = "pavilions")
@ExecuteOn(TaskExecutors.BLOCKING)
class PavilionsController {

    private final CatalogApi catalog;

    PavilionsController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Get
    @Operation(summary = "All pavilions, in the operators' order")
    Page<PavilionView> all() {
        return Page.of(catalog.pavilions());
    }

    @Get("/{slug}")
    @Operation(summary = "One pavilion")
    PavilionView one(@PathVariable String slug) {
        return catalog.pavilion(slug);
    }

    @Get("/{slug}/shops")
    @Operation(summary = "The pavilion's open shops, featured ones first")
    PageOf<ShopView> shops(
            @PathVariable String slug,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "20") int size) {
        return catalog.pavilionShops(slug, page, size);
    }
}
