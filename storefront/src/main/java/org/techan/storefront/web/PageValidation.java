package org.techan.storefront.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Conditional page requests: every rendered page carries an ETag made from its HTML, and a browser
 * that already holds that page (If-None-Match) gets 304 Not Modified without the page again. Pages
 * are revalidated at every view ({@code no-cache}) and kept by the browser only ({@code private}):
 * they may show who is signed in, and stock and prices change.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PageValidation implements Ordered {

    @Override
    public int getOrder() {
        // Outside the views filter, so the page is rendered when this sees the response.
        return ServerFilterPhase.RENDERING.before();
    }

    @ResponseFilter
    void validate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() != HttpStatus.OK.getCode()
                || request.getMethod() != HttpMethod.GET
                || !(response.getBody().orElse(null) instanceof RenderedPage page)) {
            return;
        }
        String etag = page.etag();
        response.header(HttpHeaders.ETAG, etag);
        if (!response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        }
        if (request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH).stream().anyMatch(held -> matches(held, etag))) {
            response.status(HttpStatus.NOT_MODIFIED);
            response.body(null);
        }
    }

    /** If-None-Match holds a list of validators, or *; compared weakly, as RFC 9110 asks for it. */
    private static boolean matches(String held, String etag) {
        String ours = etag.substring(2);
        for (String candidate : held.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || (trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed).equals(ours)) {
                return true;
            }
        }
        return false;
    }
}
