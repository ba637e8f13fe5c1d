package org.techan.storefront.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Introspected;
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
    private final String siteUrl;

    TracePagesController(CatalogApi catalog, @Value("${techan.site-url}") String siteUrl) {
        this.catalog = catalog;
        this.siteUrl = siteUrl.replaceAll("/+$", "");
    }

    @View("trace")
    @Get(uri = "/{code}", produces = MediaType.TEXT_HTML)
    TracePage trace(@PathVariable String code) {
        TraceView trace = catalog.trace(code);
        return new TracePage(trace, pageUrl(trace.batch().traceCode()));
    }

    @Get(uri = "/{code}/qr.svg", produces = "image/svg+xml")
    HttpResponse<String> qr(@PathVariable String code) {
        TraceView trace = catalog.trace(code);
        return HttpResponse.ok(QrCodeSvg.of(pageUrl(trace.batch().traceCode())))
                .header("Cache-Control", "private, max-age=3600");
    }

    /**
     * From TECHAN_SITE_URL, never from the request's Host header: a printed label outlives the
     * request, and a forged Host would put someone else's address on it.
     */
    private String pageUrl(String code) {
        return siteUrl + "/trace/" + code;
    }

    @Introspected
    record TracePage(TraceView trace, String url) {}
}
