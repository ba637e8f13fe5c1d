package org.techan.stripestub.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.techan.platform.IdleBackoff;

/** How often due webhooks are looked for: rarely while there are none; woken by an event queued here. */
@Singleton
class WebhookPace {

    private final IdleBackoff backoff;

    WebhookPace(
            @Value("${stripe.stub.delivery-interval:2s}") Duration fastest,
            @Value("${stripe.stub.idle-delivery-interval:2s}") Duration slowest) {
        this.backoff = new IdleBackoff(fastest, slowest);
    }

    IdleBackoff backoff() {
        return backoff;
    }
}
