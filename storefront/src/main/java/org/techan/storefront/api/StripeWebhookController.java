package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.techan.orders.OrdersApi;
import org.techan.orders.PaymentEventReceipt;

/** Receives payment webhooks (from Stripe or the stub) and hands them to the orders module. */
@Controller("/api/v1/payments/stripe-webhook")
@Tag(name = "payments")
@ExecuteOn(TaskExecutors.BLOCKING)
class StripeWebhookController {

    private final OrdersApi orders;

    StripeWebhookController(OrdersApi orders) {
        this.orders = orders;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stripe webhook endpoint; the body must carry a valid Stripe-Signature")
    PaymentEventReceipt receive(@Body String payload, @Nullable @Header("Stripe-Signature") String signature) {
        return orders.acceptPaymentEvent(payload, signature == null ? "" : signature);
    }
}
