package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.SlugKind;

/**
 * Web names proposed from names as they are typed, with the address they make: the shop
 * application (public) and the operators' forms fill in the field and show the preview.
 */
@Controller("/api/v1/slugs")
@Tag(name = "catalog")
@ExecuteOn(TaskExecutors.BLOCKING)
class SlugsController {

    /** Longer names add nothing to a 60-character web name. */
    private static final int NAME_READ = 120;

    private final CatalogApi catalog;

    SlugsController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Get
    @Operation(
            summary = "A free web name of `kind` made from the names (the English one when given, else the"
                    + " pinyin of the Chinese one); empty when they make none")
    Suggestion suggest(
            @QueryValue SlugKind kind, @Nullable @QueryValue String nameZh, @Nullable @QueryValue String nameEn) {
        String slug = catalog.suggestSlug(kind, head(nameZh), head(nameEn));
        return new Suggestion(slug, slug.isEmpty() ? "" : kind.address(slug));
    }

    private static @Nullable String head(@Nullable String name) {
        return name == null || name.length() <= NAME_READ ? name : name.substring(0, NAME_READ);
    }

    @Serdeable
    record Suggestion(String slug, String address) {}
}
