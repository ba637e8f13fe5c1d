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
import java.util.List;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;

/** The administrative region tree, one level at a time. */
@Controller("/api/v1/regions")
@Tag(name = "regions")
@ExecuteOn(TaskExecutors.BLOCKING)
class RegionsController {

    private final CatalogApi catalog;

    RegionsController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Get
    @Operation(summary = "Regions directly below `parent` (a 2- to 12-digit division code), or the provinces")
    Page<RegionView> children(@Nullable @QueryValue String parent) {
        return Page.of(catalog.childRegions(parent == null || parent.isBlank() ? null : RegionCode.parse(parent)));
    }

    @Get("/{code}")
    @Operation(summary = "A region with its ancestors, province first")
    RegionDetail region(@PathVariable String code) {
        RegionCode regionCode = RegionCode.parse(code);
        return new RegionDetail(catalog.region(regionCode), catalog.regionPath(regionCode));
    }

    @io.micronaut.serde.annotation.Serdeable
    record RegionDetail(RegionView region, List<RegionView> path) {}
}
