package org.techan.storefront.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.techan.storefront.security.CsrfRejection;

@Singleton
class CsrfRejectionPage implements CsrfRejection {

    private final ErrorResponses errors;

    CsrfRejectionPage(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> respond(HttpRequest<?> request) {
        return errors.refuse(request, HttpStatus.FORBIDDEN, "error.csrf.detail");
    }
}
