package org.techan.stripestub.internal;

import com.stripe.Stripe;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Records an event in the same transaction as the change it announces; delivery comes later. */
@Singleton
class WebhookOutbox {

    private final StubStore store;
    private final JsonMapper json;

    WebhookOutbox(StubStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    void publish(String type, Object object, @Nullable String idempotencyKey) {
        try {
            EventJson event = new EventJson(
                    Ids.next("evt"),
                    "event",
                    Stripe.API_VERSION,
                    Ids.now(),
                    new EventJson.Data(json.writeValueToTree(object)),
                    false,
                    1,
                    new EventJson.Request(Ids.next("req"), idempotencyKey),
                    type);
            store.enqueueWebhook(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
