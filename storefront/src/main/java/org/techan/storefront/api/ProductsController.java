package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
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
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductView;
import org.techan.catalog.RegionCode;

/** Published products of open shops, as shoppers see them. */
@Controller("/api/v1/products")
@Tag(name = "products")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProductsController {

    private final CatalogApi catalog;

    ProductsController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Get
    @Operation(
            summary = "Published products, newest first",
            description = "Filters: category slug (with its sub-categories), region (2- to 12-digit division"
                    + " code of the product's origin, everything below included), shop slug.")
    PageOf<ProductView> products(
            @QueryValue @Nullable String category,
            @QueryValue @Nullable String region,
            @QueryValue @Nullable String shop,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "20") int size) {
        ProductQuery query = new ProductQuery(
                blankToNull(category),
                region == null || region.isBlank() ? null : RegionCode.parse(region),
                blankToNull(shop));
        return catalog.publishedProducts(query, page, size);
    }

    @Get("/{id}")
    @Operation(summary = "A published product with its SKUs")
    ProductView product(@PathVariable long id) {
        return catalog.publishedProduct(id);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
