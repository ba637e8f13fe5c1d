package org.techan.stripestub.internal;

import io.micronaut.core.annotation.Nullable;

/** A Stripe API error, rendered as Stripe renders it: {@code {"error": {...}}} with its status. */
final class StubError extends RuntimeException {

    private final int status;
    private final ErrorJson error;

    StubError(int status, ErrorJson error) {
        super(error.message());
        this.status = status;
        this.error = error;
    }

    int status() {
        return status;
    }

    ErrorJson error() {
        return error;
    }

    static StubError missing(String param) {
        return new StubError(
                400, ErrorJson.invalidRequest("parameter_missing", "Missing required param: " + param + ".", param));
    }

    static StubError invalid(String param, String message) {
        return new StubError(400, ErrorJson.invalidRequest("parameter_invalid_integer", message, param));
    }

    static StubError noSuch(String kind, String id, @Nullable String param) {
        return new StubError(
                404, ErrorJson.invalidRequest("resource_missing", "No such " + kind + ": '" + id + "'", param));
    }

    static StubError unexpectedState(String message) {
        return new StubError(400, ErrorJson.invalidRequest("payment_intent_unexpected_state", message, null));
    }
}
