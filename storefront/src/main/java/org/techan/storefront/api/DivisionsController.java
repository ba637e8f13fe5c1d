package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;

/** China's administrative divisions to township level, one level at a time: for address pickers. */
@Controller("/api/v1/divisions")
@Tag(name = "regions")
@ExecuteOn(TaskExecutors.BLOCKING)
class DivisionsController {

    private final CatalogApi catalog;

    DivisionsController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Get
    @Operation(
            summary = "Divisions directly below `parent` (a 2- to 12-digit code): cities of a province,"
                    + " counties of a city, townships of a county; the 31 provinces without it")
    Page<RegionView> children(@Nullable @QueryValue String parent) {
        return Page.of(catalog.divisions(parent == null || parent.isBlank() ? null : RegionCode.parse(parent)));
    }
}
