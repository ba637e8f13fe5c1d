package org.techan.storefront.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import org.techan.catalog.CatalogApi;
import org.techan.platform.NotFoundException;

/** Product photos for everyone; keys name content, so a key's bytes never change and caches may keep them. */
@Hidden
@Controller("/media")
@ExecuteOn(TaskExecutors.BLOCKING)
class MediaController {

    private final CatalogApi catalog;

    MediaController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Get("/{key}")
    HttpResponse<byte[]> image(@PathVariable String key) {
        return catalog.publicImage(key)
                .map(image -> HttpResponse.ok(image.content())
                        .contentType(image.type().contentType())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Cache-Control", "public, max-age=31536000, immutable"))
                .orElseThrow(() -> new NotFoundException("media.not-found", key));
    }
}
