package org.techan.storefront.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.TraceView;

/** The public trace page of a batch (来源可溯) and the QR code that leads to it. */
@Hidden
@Controller("/trace")
@ExecuteOn(TaskExecutors.BLOCKING)
class TracePagesController {

    private final CatalogApi catalog;
    private final String publicUrl;

    TracePagesController(CatalogApi catalog, @Value("${techan.public-url:}") String publicUrl) {
        this.catalog = catalog;
        this.publicUrl = publicUrl;
    }

    @View("trace")
    @Get(uri = "/{code}", produces = MediaType.TEXT_HTML)
    TracePage trace(HttpRequest<?> request, @PathVariable String code) {
        TraceView trace = catalog.trace(code);
        return new TracePage(trace, pageUrl(request, trace.batch().traceCode()));
    }

    @Get(uri = "/{code}/qr.svg", produces = "image/svg+xml")
    HttpResponse<String> qr(HttpRequest<?> request, @PathVariable String code) {
        TraceView trace = catalog.trace(code);
        return HttpResponse.ok(QrCodeSvg.of(pageUrl(request, trace.batch().traceCode())))
                .header("Cache-Control", "private, max-age=3600");
    }

    /** Labels outlive deployments: set techan.public-url so printed codes never point at an internal host. */
    private String pageUrl(HttpRequest<?> request, String code) {
        String base = publicUrl.isBlank()
                ? request.getHeaders().get("Host") == null
                        ? ""
                        : "http://" + request.getHeaders().get("Host")
                : publicUrl;
        return base.replaceAll("/+$", "") + "/trace/" + code;
    }

    @Introspected
    record TracePage(TraceView trace, String url) {}
}
