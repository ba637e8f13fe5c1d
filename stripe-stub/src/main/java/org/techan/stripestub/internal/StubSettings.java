package org.techan.stripestub.internal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import org.techan.platform.InstallationSecrets;
import org.techan.platform.StripeEndpoint;
import org.techan.platform.StubPaymentsRequested;

/**
 * Points payments at the stub served by this very application when it was asked for (see
 * {@link StubPaymentsRequested}).
 * The address is taken from the running server, so it is right whatever port was chosen.
 */
@Factory
@Requires(condition = StubPaymentsRequested.class)
class StubSettings {

    static final String API_KEY = "sk_test_techan_stub";
    /** Like Stripe's, the publishable key is public by design: it can only confirm with a client secret. */
    static final String PUBLISHABLE_KEY = "pk_test_techan_stub";
    /** The stub's stand-in for Stripe.js, served from this application. */
    static final String SCRIPT = "/v3/stripe.js";

    static final String PATH = "/stripe-stub";

    @Singleton
    StripeEndpoint stubEndpoint(
            EmbeddedServer server,
            @Nullable @Value("${stripe.stub.api-base:}") String apiBase,
            @Nullable @Value("${stripe.webhook-secret:}") String webhookSecret,
            InstallationSecrets secrets) {
        String base = apiBase == null || apiBase.isBlank() ? ownAddress(server) + PATH : apiBase;
        // Made once per installation, never a constant anyone could read in the source and sign
        // webhooks with.
        String secret = webhookSecret == null || webhookSecret.isBlank()
                ? "whsec_" + secrets.secret("stripe-stub-webhook")
                : webhookSecret;
        return new StripeEndpoint(base, API_KEY, secret, PUBLISHABLE_KEY, PATH + SCRIPT);
    }

    static String ownAddress(EmbeddedServer server) {
        return "http://127.0.0.1:" + server.getPort();
    }
}
