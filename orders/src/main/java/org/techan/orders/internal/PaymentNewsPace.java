package org.techan.orders.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.techan.platform.WatchedQueue;

/**
 * How often payment news and due refunds are looked for: often while there are some, rarely while
 * there are none; woken by a payment event received or a refund recorded here.
 */
@Singleton
class PaymentNewsPace extends WatchedQueue {

    private final Clock clock;

    PaymentNewsPace(
            Clock clock,
            @Value("${techan.payments.news-interval:500ms}") Duration fastest,
            @Value("${techan.payments.idle-news-interval:5m}") Duration slowest) {
        super(fastest, slowest);
        this.clock = clock;
    }

    @Override
    public String workDueQuery() {
        // By the app's clock, as payment news and refunds decide what is due.
        String now = sqlTime(clock.instant());
        return "(SELECT 1 FROM orders_payment_event WHERE processed_at IS NULL AND parked_at IS NULL"
                + " AND (next_attempt_at IS NULL OR next_attempt_at <= " + now + ") LIMIT 1)"
                + " UNION ALL (SELECT 1 FROM orders_refund WHERE sent_at IS NULL"
                + " AND (next_send_at IS NULL OR next_send_at <= " + now + ") LIMIT 1)";
    }
}
