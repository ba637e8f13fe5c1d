package org.techan.stripestub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.stripe.StripeClient;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.techan.platform.StripeEndpoint;

/** Drives the stub with the real Stripe SDK, as Techan's payment code will. */
@MicronautTest(transactional = false)
class StripeStubTest {

    @Inject
    StripeEndpoint endpoint;

    @Inject
    WebhookReceiver.Received received;

    @Inject
    @Client("/")
    HttpClient http;

    StripeClient stripe;

    @BeforeEach
    void connect() {
        stripe = StripeClient.builder()
                .setApiKey(endpoint.apiKey())
                .setApiBase(endpoint.apiBase())
                .build();
    }

    @Test
    void visaTestCardSucceedsAndTheWebhookVerifies() throws Exception {
        PaymentIntent intent =
                stripe.paymentIntents().create(payWith("pm_card_visa").build());

        assertThat(intent.getId()).startsWith("pi_");
        assertThat(intent.getStatus()).isEqualTo("succeeded");
        assertThat(intent.getAmountReceived()).isEqualTo(12_800L);
        assertThat(intent.getCurrency()).isEqualTo("cny");
        assertThat(intent.getLatestCharge()).startsWith("ch_");
        assertThat(intent.getMetadata()).containsEntry("order_group", "og-1");

        Event event = awaitEvent("payment_intent.succeeded", intent.getId());
        PaymentIntent delivered =
                (PaymentIntent) event.getDataObjectDeserializer().getObject().orElseThrow();
        assertThat(delivered.getAmountReceived()).isEqualTo(12_800L);
        assertThat(received.rejected).isEmpty();
    }

    @Test
    void declinedCardNumberFailsWithCardErrorAndLeavesTheIntentRetryable() throws Exception {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(5_000L)
                .setCurrency("cny")
                .setConfirm(true)
                .putExtraParam(
                        "payment_method_data",
                        Map.of(
                                "type",
                                "card",
                                "card",
                                Map.of("number", "4000000000000002", "exp_month", 12, "exp_year", 2034, "cvc", "123")))
                .build();

        CardException declined = catchThrowableOfType(
                CardException.class, () -> stripe.paymentIntents().create(params));

        assertThat(declined.getCode()).isEqualTo("card_declined");
        assertThat(declined.getDeclineCode()).isEqualTo("generic_decline");
        assertThat(declined.getStatusCode()).isEqualTo(402);
        String intentId = declined.getStripeError().getPaymentIntent().getId();
        PaymentIntent after = stripe.paymentIntents().retrieve(intentId);
        assertThat(after.getStatus()).isEqualTo("requires_payment_method");
        assertThat(after.getLastPaymentError().getDeclineCode()).isEqualTo("generic_decline");
        awaitEvent("payment_intent.payment_failed", intentId);

        PaymentIntent retried = stripe.paymentIntents()
                .confirm(
                        intentId,
                        com.stripe.param.PaymentIntentConfirmParams.builder()
                                .setPaymentMethod("pm_card_visa")
                                .build());
        assertThat(retried.getStatus()).isEqualTo("succeeded");
    }

    @Test
    void manualCaptureHoldsThenCaptures() throws StripeException {
        PaymentIntent held = stripe.paymentIntents()
                .create(payWith("pm_card_mastercard")
                        .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                        .build());
        assertThat(held.getStatus()).isEqualTo("requires_capture");
        assertThat(held.getAmountCapturable()).isEqualTo(12_800L);

        PaymentIntent captured = stripe.paymentIntents()
                .capture(
                        held.getId(),
                        PaymentIntentCaptureParams.builder()
                                .setAmountToCapture(10_000L)
                                .build());

        assertThat(captured.getStatus()).isEqualTo("succeeded");
        assertThat(captured.getAmountReceived()).isEqualTo(10_000L);
    }

    @Test
    void cancelWorksBeforePaymentAndIsRefusedAfter() throws Exception {
        received.refuseFirstAttemptOfType.add("payment_intent.canceled");
        PaymentIntent open = stripe.paymentIntents()
                .create(PaymentIntentCreateParams.builder()
                        .setAmount(800L)
                        .setCurrency("cny")
                        .build());
        assertThat(open.getStatus()).isEqualTo("requires_payment_method");

        PaymentIntent canceled = stripe.paymentIntents().cancel(open.getId());
        assertThat(canceled.getStatus()).isEqualTo("canceled");

        PaymentIntent paid =
                stripe.paymentIntents().create(payWith("pm_card_visa").build());
        InvalidRequestException refused = catchThrowableOfType(
                InvalidRequestException.class, () -> stripe.paymentIntents().cancel(paid.getId()));
        assertThat(refused.getCode()).isEqualTo("payment_intent_unexpected_state");
        assertThat(refused.getMessage()).contains("status of succeeded");

        Event event = awaitEvent("payment_intent.canceled", open.getId());
        assertThat(received.attempts.stream().filter(event.getId()::equals).count())
                .as("the first delivery was refused and retried")
                .isEqualTo(2);
    }

    @Test
    void refundsNeverExceedWhatWasPaid() throws StripeException {
        PaymentIntent paid =
                stripe.paymentIntents().create(payWith("pm_card_visa").build());

        Refund part = stripe.refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(paid.getId())
                        .setAmount(2_800L)
                        .build());
        InvalidRequestException tooMuch = catchThrowableOfType(InvalidRequestException.class, () -> stripe.refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(paid.getId())
                        .setAmount(10_001L)
                        .build()));
        Refund rest = stripe.refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(paid.getId())
                        .build());

        assertThat(part.getStatus()).isEqualTo("succeeded");
        assertThat(part.getAmount()).isEqualTo(2_800L);
        assertThat(tooMuch.getCode()).isEqualTo("amount_too_large");
        assertThat(rest.getAmount()).isEqualTo(10_000L);
    }

    @Test
    void sameIdempotencyKeyReplaysAndDifferentParametersAreRefused() throws StripeException {
        String key = "checkout-" + UUID.randomUUID();
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(key).build();

        PaymentIntent first =
                stripe.paymentIntents().create(payWith("pm_card_visa").build(), options);
        PaymentIntent replay =
                stripe.paymentIntents().create(payWith("pm_card_visa").build(), options);
        IdempotencyException conflict = catchThrowableOfType(IdempotencyException.class, () -> stripe.paymentIntents()
                .create(payWith("pm_card_visa").setAmount(1L).build(), options));

        assertThat(replay.getId()).isEqualTo(first.getId());
        assertThat(replay.getLastResponse().headers().firstValue("Idempotent-Replayed"))
                .contains("true");
        assertThat(conflict.getStatusCode()).isEqualTo(400);
        assertThat(conflict.getMessage()).contains("same parameters");
    }

    @Test
    void wrongApiKeyIsRejected() {
        StripeClient stranger = StripeClient.builder()
                .setApiKey("sk_test_someone_else")
                .setApiBase(endpoint.apiBase())
                .build();

        AuthenticationException e = catchThrowableOfType(
                AuthenticationException.class, () -> stranger.paymentIntents().retrieve("pi_x"));

        assertThat(e.getStatusCode()).isEqualTo(401);
    }

    @Test
    void missingParametersGetStripesErrorShape() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(
                        HttpRequest.POST("/stripe-stub/v1/payment_intents", "currency=cny")
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                                .bearerAuth(endpoint.apiKey()),
                        String.class));

        assertThat(e.getStatus().getCode()).isEqualTo(400);
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertThat(body)
                .contains(
                        "\"type\":\"invalid_request_error\"", "\"code\":\"parameter_missing\"", "\"param\":\"amount\"");
    }

    /** What Stripe.js does in the buyer's browser: the publishable key and the client secret, no secret key. */
    @Test
    void theBrowserConfirmsWithThePublishableKeyAndTheIntentsClientSecretOnly() throws Exception {
        PaymentIntent intent = stripe.paymentIntents()
                .create(PaymentIntentCreateParams.builder()
                        .setAmount(3_300L)
                        .setCurrency("cny")
                        .build());
        String card = "payment_method_data%5Btype%5D=card&payment_method_data%5Bcard%5D%5Bnumber%5D=4242424242424242";

        assertThat(browserConfirm(
                        intent.getId(),
                        "key=" + endpoint.publishableKey() + "&client_secret=" + intent.getId() + "_secret_guessed&"
                                + card))
                .as("a wrong client secret")
                .isEqualTo(404);
        assertThat(browserConfirm(
                        intent.getId(),
                        "key=pk_test_someone_else&client_secret=" + intent.getClientSecret() + "&" + card))
                .as("another publishable key")
                .isEqualTo(401);
        assertThat(browserConfirm(intent.getId(), "client_secret=" + intent.getClientSecret() + "&" + card))
                .as("no key at all")
                .isEqualTo(401);
        assertThat(stripe.paymentIntents().retrieve(intent.getId()).getStatus()).isEqualTo("requires_payment_method");

        assertThat(browserConfirm(
                        intent.getId(),
                        "key=" + endpoint.publishableKey() + "&client_secret=" + intent.getClientSecret() + "&" + card))
                .isEqualTo(200);
        assertThat(stripe.paymentIntents().retrieve(intent.getId()).getStatus()).isEqualTo("succeeded");
    }

    @Test
    void thePublishableKeyOpensNothingButABrowsersConfirmation() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(
                        HttpRequest.POST(
                                        "/stripe-stub/v1/payment_intents",
                                        "amount=100&currency=cny&key=" + endpoint.publishableKey())
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                                .header("Authorization", "Publishable"),
                        String.class));

        assertThat(e.getStatus().getCode()).isEqualTo(401);
    }

    @Test
    void servesItsStripeJsLookAlikeWhereThePageLooksForIt() {
        var script = http.toBlocking().exchange(HttpRequest.GET(endpoint.browserScript()), String.class);

        assertThat(script.getContentType().orElseThrow().toString()).startsWith("text/javascript");
        assertThat(script.body()).contains("window.Stripe = Stripe", "confirmCardPayment", "client_secret");
    }

    private int browserConfirm(String intentId, String form) {
        try {
            return http.toBlocking()
                    .exchange(HttpRequest.POST("/stripe-stub/v1/payment_intents/" + intentId + "/confirm", form)
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                    .code();
        } catch (HttpClientResponseException refused) {
            return refused.getStatus().getCode();
        }
    }

    private static PaymentIntentCreateParams.Builder payWith(String paymentMethod) {
        return PaymentIntentCreateParams.builder()
                .setAmount(12_800L)
                .setCurrency("CNY")
                .setPaymentMethod(paymentMethod)
                .setConfirm(true)
                .putMetadata("order_group", "og-1");
    }

    private Event awaitEvent(String type, String objectId) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> received.events.stream()
                                .filter(event -> event.getType().equals(type)
                                        && event.getDataObjectDeserializer()
                                                .getObject()
                                                .map(object -> ((com.stripe.model.HasId) object)
                                                        .getId()
                                                        .equals(objectId))
                                                .orElse(false))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }
}
