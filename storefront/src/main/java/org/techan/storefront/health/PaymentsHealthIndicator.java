package org.techan.storefront.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.techan.orders.OrdersApi;
import org.techan.orders.PaymentBacklog;

/**
 * Money news not yet settled: provider events waiting or parked, refunds not yet confirmed. None of
 * it stops the shop (everything waits safely in MySQL and is retried), so this stays UP; a parked
 * event or a refund the provider keeps refusing is flagged for the operators' alerts.
 */
@Singleton
class PaymentsHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final OrdersApi orders;

    PaymentsHealthIndicator(OrdersApi orders) {
        this.orders = orders;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        PaymentBacklog backlog = orders.paymentBacklog();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("waitingEvents", backlog.waitingEvents());
        details.put("parkedEvents", backlog.parkedEvents());
        details.put("unsentRefunds", backlog.unsentRefunds());
        details.put("failingRefunds", backlog.failingRefunds());
        details.put("needsAttention", backlog.needsAttention());
        return details;
    }

    @Override
    protected String getName() {
        return "payments";
    }
}
