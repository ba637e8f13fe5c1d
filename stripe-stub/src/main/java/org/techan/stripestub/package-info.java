/**
 * A Stripe-compatible payments server, served by the application itself under {@code
 * /stripe-stub/v1} whenever no {@code STRIPE_API_KEY} is configured. It speaks Stripe's wire
 * format for the endpoints Techan uses (PaymentIntents create, retrieve, confirm, capture, cancel;
 * Refunds create), honours Idempotency-Key, treats Stripe's test cards as Stripe does, and delivers
 * signed webhooks with retries. It is not a test double: its state lives in its own tables.
 */
@ApplicationModule(allowedDependencies = {"platform"})
package org.techan.stripestub;

import org.techan.platform.ApplicationModule;
