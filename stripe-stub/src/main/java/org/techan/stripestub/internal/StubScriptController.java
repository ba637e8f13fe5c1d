package org.techan.stripestub.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.techan.platform.StubPaymentsRequested;

/** Serves the stub's Stripe.js look-alike, so the payment page loads one script either way. */
@Hidden
@Controller(StubSettings.PATH)
@Requires(condition = StubPaymentsRequested.class)
class StubScriptController {

    private final String script;

    StubScriptController() {
        try (InputStream in = StubScriptController.class.getResourceAsStream("/stripe-stub/stripe.js")) {
            if (in == null) {
                throw new IllegalStateException("stripe-stub/stripe.js is missing from the jar");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(uri = StubSettings.SCRIPT, produces = "text/javascript;charset=utf-8")
    HttpResponse<String> script() {
        return HttpResponse.ok(script).header("Cache-Control", "public, max-age=300");
    }
}
