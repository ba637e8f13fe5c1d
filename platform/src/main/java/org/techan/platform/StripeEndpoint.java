package org.techan.platform;

/**
 * Where payments go: Stripe itself when {@code STRIPE_API_KEY} is configured, otherwise the
 * Stripe-compatible stub the application serves. Code that pays asks for this and never learns
 * which of the two it talks to.
 */
public record StripeEndpoint(String apiBase, String apiKey, String webhookSecret) {

    @Override
    public String toString() {
        return "StripeEndpoint[" + apiBase + "]";
    }
}
