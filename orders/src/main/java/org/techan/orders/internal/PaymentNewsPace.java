package org.techan.orders.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.techan.platform.IdleBackoff;

/**
 * How often payment news and due refunds are looked for: often while there are some, rarely while
 * there are none; woken by a payment event received or a refund recorded here.
 */
@Singleton
class PaymentNewsPace {

    private final IdleBackoff backoff;

    PaymentNewsPace(
            @Value("${techan.payments.news-interval:500ms}") Duration fastest,
            @Value("${techan.payments.idle-news-interval:2s}") Duration slowest) {
        this.backoff = new IdleBackoff(fastest, slowest);
    }

    IdleBackoff backoff() {
        return backoff;
    }
}
