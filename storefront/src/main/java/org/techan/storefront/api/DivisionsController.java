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
import org.techan.catalog.DivisionPlace;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;
import org.techan.platform.NotFoundException;

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

    @Get("/{code}/place")
    @Operation(
            summary = "Where a division's seat lies: its county town, city seat or provincial capital, or its"
                    + " nearest ancestor's when it has none of its own (townships, most city districts); `code`"
                    + " names the division whose seat it is. Coordinates from GeoNames (CC BY), approximate;"
                    + " 404 when no division on the path has one")
    DivisionPlace place(@PathVariable String code) {
        return catalog.divisionPlace(RegionCode.parse(code))
                .orElseThrow(() -> new NotFoundException("division.place.unknown", code));
    }
}
