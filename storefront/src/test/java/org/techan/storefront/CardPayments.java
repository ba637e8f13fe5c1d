package org.techan.storefront;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PaymentView;
import org.techan.platform.Actor;
import org.techan.platform.StripeEndpoint;

/**
 * Pays a checkout the way a buyer's browser does: the card goes to the payment provider (the
 * stub) with the publishable key and the payment's client secret, as Stripe.js sends it; then
 * the marketplace is asked to check the outcome. The marketplace itself never sees the card.
 */
@Singleton
class CardPayments {

    /** The provider refused the card; {@code code} is its decline code. */
    static final class Declined extends RuntimeException {
        Declined(String code) {
            super("card declined: " + code);
        }
    }

    private final OrdersApi orders;
    private final StripeEndpoint endpoint;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    CardPayments(OrdersApi orders, StripeEndpoint endpoint, JsonMapper json) {
        this.orders = orders;
        this.endpoint = endpoint;
        this.json = json;
    }

    OrderGroupView pay(Actor buyer, String groupNumber, String card) {
        confirm(orders.payment(buyer, groupNumber), card);
        return orders.checkPayment(buyer, groupNumber);
    }

    /** Confirms at the provider as a browser would; answers the provider's HTTP status. */
    int confirm(PaymentView payment, String card) {
        return confirm(payment.intentId(), payment.clientSecret(), payment.publishableKey(), card);
    }

    /** The same, for a payment read from the API's JSON. */
    int confirm(String intentId, String clientSecret, String publishableKey, String card) {
        String form = "key=" + encode(publishableKey)
                + "&client_secret=" + encode(clientSecret)
                + "&" + encode("payment_method_data[type]") + "=card"
                + "&" + encode("payment_method_data[card][number]") + "=" + encode(card.replace(" ", ""));
        try {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(
                                    URI.create(endpoint.apiBase() + "/v1/payment_intents/" + intentId + "/confirm"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 402) {
                JsonNode error = json.readValue(answer.body(), JsonNode.class).get("error");
                throw new Declined(error.get("decline_code").getStringValue());
            }
            return answer.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
