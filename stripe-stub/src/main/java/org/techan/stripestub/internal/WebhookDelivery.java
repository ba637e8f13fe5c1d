package org.techan.stripestub.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.StripeEndpoint;
import org.techan.platform.StubPaymentsRequested;

/**
 * Delivers queued events to the webhook endpoint, signed as Stripe signs them ({@code
 * Stripe-Signature: t=..,v1=..}). Failed deliveries are retried with growing pauses and given up
 * after {@code max-attempts}. Rows are leased with SKIP LOCKED, so every replica may run this.
 */
@Singleton
@Requires(condition = StubPaymentsRequested.class)
class WebhookDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);

    private final WebhookLeases leases;
    private final EmbeddedServer server;
    private final StripeEndpoint endpoint;
    private final String webhookUrl;
    private final Duration firstRetry;
    private final int maxAttempts;
    private final WebhookPace pace;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookDelivery(
            WebhookLeases leases,
            EmbeddedServer server,
            StripeEndpoint endpoint,
            @Nullable @Value("${stripe.stub.webhook-url:}") String webhookUrl,
            @Value("${stripe.stub.first-retry:5s}") Duration firstRetry,
            @Value("${stripe.stub.max-attempts:8}") int maxAttempts,
            WebhookPace pace) {
        this.pace = pace;
        this.leases = leases;
        this.server = server;
        this.endpoint = endpoint;
        this.webhookUrl = webhookUrl;
        this.firstRetry = firstRetry;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelay = "${stripe.stub.delivery-interval:2s}", initialDelay = "${stripe.stub.delivery-interval:2s}")
    public void deliverDue() {
        pace.pace().lookIfDue(() -> {
            List<StubStore.DueWebhook> due = leases.claim(20);
            due.forEach(this::deliver);
            return !due.isEmpty();
        });
    }

    /** Keys older than a day can no longer be replayed; an hourly sweep is plenty. */
    @Scheduled(fixedDelay = "${stripe.stub.idempotency-purge-interval:1h}", initialDelay = "1m")
    public void purgeOldIdempotencyKeys() {
        leases.purgeOldIdempotencyKeys();
    }

    private void deliver(StubStore.DueWebhook webhook) {
        String target = target();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(target))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json; charset=utf-8")
                            .header("Stripe-Signature", sign(webhook.payload(), Ids.now()))
                            .POST(HttpRequest.BodyPublishers.ofString(webhook.payload(), StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                leases.delivered(webhook.eventId());
                return;
            }
            failed(webhook, "HTTP " + response.statusCode() + " from " + target);
        } catch (IOException e) {
            failed(webhook, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(webhook, "interrupted");
        }
    }

    private void failed(StubStore.DueWebhook webhook, String error) {
        int attempt = webhook.attempts() + 1;
        boolean abandon = attempt >= maxAttempts;
        long pause = firstRetry.toSeconds() << Math.min(attempt - 1, 12);
        leases.failed(webhook.eventId(), error, pause, abandon);
        LOG.warn(
                "Webhook {} attempt {} failed ({}){}",
                webhook.eventId(),
                attempt,
                error,
                abandon ? "; giving up" : "; retrying in " + pause + " s");
    }

    String sign(String payload, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(endpoint.webhookSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(signature);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String target() {
        return webhookUrl == null || webhookUrl.isBlank()
                ? StubSettings.ownAddress(server) + "/api/v1/payments/stripe-webhook"
                : webhookUrl;
    }
}
