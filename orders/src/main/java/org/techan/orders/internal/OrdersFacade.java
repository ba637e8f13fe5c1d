package org.techan.orders.internal;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.techan.orders.OrdersApi;
import org.techan.orders.PaymentEventReceipt;
import org.techan.platform.RuleViolationException;
import org.techan.platform.StripeEndpoint;

@Singleton
class OrdersFacade implements OrdersApi {

    private final StripeEndpoint stripe;
    private final JdbcOperations jdbc;

    OrdersFacade(StripeEndpoint stripe, JdbcOperations jdbc) {
        this.stripe = stripe;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public PaymentEventReceipt acceptPaymentEvent(String payload, String signatureHeader) {
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader, stripe.webhookSecret());
        } catch (SignatureVerificationException | RuntimeException e) {
            throw new RuleViolationException("payment.webhook.bad-signature");
        }
        try (PreparedStatement insert = jdbc.getConnection()
                .prepareStatement(
                        "INSERT IGNORE INTO orders_payment_event (event_id, event_type, payload) VALUES (?, ?, ?)")) {
            insert.setString(1, event.getId());
            insert.setString(2, event.getType());
            insert.setString(3, payload);
            return new PaymentEventReceipt(event.getId(), event.getType(), insert.executeUpdate() == 1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record payment event " + event.getId(), e);
        }
    }
}
