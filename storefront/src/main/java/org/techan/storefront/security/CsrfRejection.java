package org.techan.storefront.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;

/** How a request without a valid CSRF token is answered (a page or a problem body, by the web layer). */
public interface CsrfRejection {

    HttpResponse<?> respond(HttpRequest<?> request);
}
