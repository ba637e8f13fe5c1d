package org.techan.stripestub;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.techan.platform.StripeEndpoint;

/**
 * Test endpoint where the stub delivers webhooks: accepts only what {@code
 * Webhook.constructEvent} verifies, and refuses the first delivery of event types a test marks flaky.
 */
@Controller("/api/v1/payments/stripe-webhook")
class WebhookReceiver {

    private final StripeEndpoint endpoint;
    private final Received received;

    WebhookReceiver(StripeEndpoint endpoint, Received received) {
        this.endpoint = endpoint;
        this.received = received;
    }

    @Post
    HttpResponse<String> receive(@Body String payload, @Header("Stripe-Signature") String signature) {
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, endpoint.webhookSecret());
        } catch (SignatureVerificationException e) {
            received.rejected.add(e.getMessage());
            return HttpResponse.badRequest("bad signature");
        }
        received.attempts.add(event.getId());
        boolean firstAttempt =
                received.attempts.stream().filter(event.getId()::equals).count() == 1;
        if (firstAttempt && received.refuseFirstAttemptOfType.contains(event.getType())) {
            return HttpResponse.serverError("try again");
        }
        received.events.add(event);
        return HttpResponse.ok("ok");
    }

    @Singleton
    static class Received {
        final List<Event> events = new CopyOnWriteArrayList<>();
        final List<String> attempts = new CopyOnWriteArrayList<>();
        final List<String> rejected = new CopyOnWriteArrayList<>();
        final Set<String> refuseFirstAttemptOfType = ConcurrentHashMap.newKeySet();
    }
}
