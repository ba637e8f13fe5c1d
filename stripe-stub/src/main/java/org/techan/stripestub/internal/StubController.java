package org.techan.stripestub.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.StripeEndpoint;
import org.techan.platform.StubPaymentsRequested;

/** Stripe's HTTP surface for the endpoints Techan uses, under {@code /stripe-stub/v1}. */
@Hidden
@Controller(StubSettings.PATH + "/v1")
@Requires(condition = StubPaymentsRequested.class)
@ExecuteOn(TaskExecutors.BLOCKING)
class StubController {

    private static final Logger LOG = LoggerFactory.getLogger(StubController.class);

    private final PaymentIntents intents;
    private final Refunds refunds;
    private final Idempotency idempotency;
    private final StripeEndpoint endpoint;
    private final StubStore store;

    StubController(
            PaymentIntents intents,
            Refunds refunds,
            Idempotency idempotency,
            StripeEndpoint endpoint,
            StubStore store) {
        this.intents = intents;
        this.refunds = refunds;
        this.idempotency = idempotency;
        this.endpoint = endpoint;
        this.store = store;
    }

    @Post(uri = "/payment_intents", produces = MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> createIntent(
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Nullable @Header("Idempotency-Key") String key,
            @Nullable @Body String body) {
        FormBody form = FormBody.parse(body);
        return answer(
                () -> authenticate(authorization), key, form, "/payment_intents", () -> intents.create(form, key));
    }

    @Get(uri = "/payment_intents/{id}", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> retrieveIntent(
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization, @PathVariable String id) {
        return answer(() -> authenticate(authorization), null, FormBody.parse(null), "", () -> intents.retrieve(id));
    }

    @Post(uri = "/payment_intents/{id}/{action:confirm|capture|cancel}", produces = MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> act(
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Nullable @Header("Idempotency-Key") String key,
            @PathVariable String id,
            @PathVariable String action,
            @Nullable @Body String body) {
        FormBody form = FormBody.parse(body);
        // Stripe.js confirms from the buyer's browser with the publishable key and the intent's
        // client secret, never with the secret key; the secret is checked against the intent.
        boolean byBrowser = "confirm".equals(action)
                && authorization == null
                && form.get("key").isPresent();
        Supplier<StubResponse> call =
                switch (action) {
                    case "confirm" -> () -> intents.confirm(id, form, key, byBrowser);
                    case "capture" -> () -> intents.capture(id, form, key);
                    default -> () -> intents.cancel(id, form, key);
                };
        return answer(
                byBrowser ? () -> authenticatePublishable(form) : () -> authenticate(authorization),
                key,
                form,
                "/payment_intents/" + id + "/" + action,
                call);
    }

    @Post(uri = "/refunds", produces = MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> createRefund(
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Nullable @Header("Idempotency-Key") String key,
            @Nullable @Body String body) {
        FormBody form = FormBody.parse(body);
        return answer(() -> authenticate(authorization), key, form, "/refunds", () -> refunds.create(form, key));
    }

    /** {@code authentication} throws the 401 when the caller's key does not open this call. */
    private HttpResponse<String> answer(
            Runnable authentication, @Nullable String key, FormBody form, String path, Supplier<StubResponse> call) {
        StubResponse response;
        try {
            authentication.run();
            response =
                    key == null || key.isBlank() ? call.get() : idempotent(key, form.fingerprint("POST", path), call);
        } catch (StubError e) {
            response = new StubResponse(e.status(), store.write(new ErrorJson.Envelope(e.error())));
        } catch (RuntimeException e) {
            String requestId = Ids.next("req");
            LOG.error("Stripe stub failed on {} ({})", path, requestId, e);
            response = new StubResponse(
                    500,
                    store.write(new ErrorJson.Envelope(new ErrorJson(
                            "api_error",
                            null,
                            null,
                            "An unexpected error occurred; request " + requestId + ".",
                            null,
                            null))));
        }
        MutableHttpResponse<String> http = HttpResponse.<String>status(
                        io.micronaut.http.HttpStatus.valueOf(response.status()))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Request-Id", Ids.next("req"))
                .body(response.body());
        if (key != null && !key.isBlank()) {
            http.header("Idempotency-Key", key);
        }
        if (response.replayed()) {
            http.header("Idempotent-Replayed", "true");
        }
        if (response.status() == 404) {
            throw new Answered(http);
        }
        return http;
    }

    /**
     * Carries an answer past the site's page for unknown addresses: Micronaut hands any 404 a route
     * returns to the global 404 handler, but not one an error route returns, and Stripe clients
     * must read Stripe's JSON error ("No such payment_intent"), not a web page.
     */
    static final class Answered extends RuntimeException {
        private final transient HttpResponse<String> response;

        Answered(HttpResponse<String> response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    @Error(exception = Answered.class)
    HttpResponse<String> answered(Answered answered) {
        return answered.response;
    }

    private StubResponse idempotent(String key, String fingerprint, Supplier<StubResponse> call) {
        try {
            return idempotency.execute(key, fingerprint, call);
        } catch (StubStore.StubStorageException e) {
            if (!e.isDuplicateKey()) {
                throw e;
            }
            // A concurrent request with the same key won the insert; its answer is ours now.
            return idempotency.execute(key, fingerprint, call);
        }
    }

    /** The browser's publishable key (in the form, as Stripe.js sends it) opens only its confirmation. */
    private void authenticatePublishable(FormBody form) {
        String key = form.get("key").orElse("");
        if (!key.equals(StubSettings.PUBLISHABLE_KEY)) {
            authenticate("Bearer " + key);
        }
    }

    private void authenticate(@Nullable String authorization) {
        String expected = "Bearer " + endpoint.apiKey();
        if (!expected.equals(authorization)) {
            String shown = authorization == null ? "none" : authorization.replaceFirst("^Bearer ", "");
            throw new StubError(
                    401,
                    new ErrorJson(
                            "invalid_request_error",
                            null,
                            null,
                            "Invalid API Key provided: " + (shown.length() > 8 ? shown.substring(0, 8) + "***" : shown),
                            null,
                            null));
        }
    }
}
