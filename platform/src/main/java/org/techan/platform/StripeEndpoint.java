package org.techan.platform;

/**
 * Where payments go: Stripe itself when {@code STRIPE_API_KEY} is configured, otherwise the
 * Stripe-compatible stub the application serves. Code that pays asks for this and never learns
 * which of the two it talks to.
 *
 * <p>The browser confirms card payments itself, with the publishable key and the script at
 * {@code browserScript} (Stripe.js, or the stub's script with the same contract), so card
 * numbers never pass through this application.
 */
public record StripeEndpoint(
        String apiBase, String apiKey, String webhookSecret, String publishableKey, String browserScript) {

    /** Whether the browser script comes from another origin (the page's security policy must allow it). */
    public boolean scriptIsExternal() {
        return browserScript.startsWith("https://");
    }

    @Override
    public String toString() {
        return "StripeEndpoint[" + apiBase + "]";
    }
}
