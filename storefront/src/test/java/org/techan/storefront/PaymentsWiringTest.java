package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.stripe.StripeClient;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The app's StripeClient reaches the built-in stub, whose signed webhooks reach the orders module. */
@MicronautTest(transactional = false)
class PaymentsWiringTest {

    @Inject
    StripeClient stripe;

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver dataSources;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aPaymentThroughTheSdkArrivesAsAVerifiedWebhook() throws Exception {
        PaymentIntent intent = stripe.paymentIntents()
                .create(PaymentIntentCreateParams.builder()
                        .setAmount(6_600L)
                        .setCurrency("cny")
                        .setPaymentMethod("pm_card_visa")
                        .setConfirm(true)
                        .build());

        assertThat(intent.getStatus()).isEqualTo("succeeded");
        assertThat(awaitRecordedEvents(intent.getId(), 2))
                .contains("payment_intent.created", "payment_intent.succeeded");
    }

    @Test
    void aWebhookWithABadSignatureIsRefusedAndNotRecorded() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(
                        HttpRequest.POST("/api/v1/payments/stripe-webhook", "{\"id\":\"evt_forged\"}")
                                .contentType(MediaType.APPLICATION_JSON_TYPE)
                                .header("Stripe-Signature", "t=1,v1=00")
                                .header("Accept-Language", "en"),
                        String.class));

        assertThat(e.getStatus().getCode()).isEqualTo(422);
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("signature is not valid");
    }

    private List<String> awaitRecordedEvents(String intentId, int expected) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> recordedEvents(intentId), types -> types.size() >= expected);
    }

    private List<String> recordedEvents(String intentId) throws SQLException {
        List<String> types = new ArrayList<>();
        try (Connection connection = dataSources.resolve(dataSource).getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT event_type FROM orders_payment_event WHERE payload LIKE ? ORDER BY event_type")) {
            query.setString(1, "%" + intentId + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
        }
        return types;
    }
}
