package org.techan.stripestub.internal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import org.techan.platform.StripeEndpoint;
import org.techan.platform.StripeKeyConfigured;

/**
 * Points payments at the stub served by this very application when no real Stripe key is set.
 * The address is taken from the running server, so it is right whatever port was chosen.
 */
@Factory
@Requires(condition = StripeKeyConfigured.Missing.class)
class StubSettings {

    static final String API_KEY = "sk_test_techan_stub";
    static final String PATH = "/stripe-stub";

    @Singleton
    StripeEndpoint stubEndpoint(
            EmbeddedServer server,
            @Nullable @Value("${stripe.stub.api-base:}") String apiBase,
            @Value("${stripe.webhook-secret:whsec_techan_stub}") String webhookSecret) {
        String base = apiBase == null || apiBase.isBlank() ? ownAddress(server) + PATH : apiBase;
        return new StripeEndpoint(base, API_KEY, webhookSecret);
    }

    static String ownAddress(EmbeddedServer server) {
        return "http://127.0.0.1:" + server.getPort();
    }
}
