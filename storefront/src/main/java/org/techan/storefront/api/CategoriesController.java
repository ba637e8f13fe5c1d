package org.techan.storefront.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CategoryView;

/** The product category tree. */
@Controller("/api/v1/categories")
@Tag(name = "categories")
@ExecuteOn(TaskExecutors.BLOCKING)
class CategoriesController {

    private final CatalogApi catalog;

    CategoriesController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Get
    @Operation(summary = "All categories, parents before children, in display order")
    Page<CategoryView> all() {
        return Page.of(catalog.categories());
    }

    @Get("/{slug}")
    @Operation(summary = "One category")
    CategoryView one(@PathVariable String slug) {
        return catalog.category(slug);
    }
}
