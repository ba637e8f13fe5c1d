package org.techan.stripestub.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.techan.platform.WatchedQueue;

/** How often due webhooks are looked for: rarely while there are none; woken by an event queued here. */
@Singleton
class WebhookPace extends WatchedQueue {

    WebhookPace(
            @Value("${stripe.stub.delivery-interval:2s}") Duration fastest,
            @Value("${stripe.stub.idle-delivery-interval:5m}") Duration slowest) {
        super(fastest, slowest);
    }

    @Override
    public String workDueQuery() {
        return "SELECT 1 FROM stripe_stub_webhook WHERE delivered_at IS NULL AND abandoned_at IS NULL"
                + " AND next_attempt_at <= CURRENT_TIMESTAMP LIMIT 1";
    }
}
