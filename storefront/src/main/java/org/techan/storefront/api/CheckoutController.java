package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.NoticeView;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PaymentView;
import org.techan.orders.PlaceOrderCommand;
import org.techan.platform.Actor;

/** Checkout in one call for programmatic clients, and the consumer's own orders. */
@Controller("/api/v1")
@Tag(name = "orders")
@ExecuteOn(TaskExecutors.BLOCKING)
class CheckoutController {

    private final OrdersApi orders;

    CheckoutController(OrdersApi orders) {
        this.orders = orders;
    }

    @Post("/checkout")
    @Operation(
            summary = "Checks out: one order per shop, stock held 15 minutes awaiting payment",
            description = "Send a fresh Idempotency-Key per checkout and the same key when retrying: a repeated"
                    + " key answers the same order group and never creates a second; the same key with"
                    + " different lines or address is refused (409). A SKU short of stock is 409 and"
                    + " nothing is created. `remarks` (at most 200 characters) go to the shops with their orders."
                    + " `coupons`: the claimed coupons to use (claimId); left out, the best the buyer holds are used;"
                    + " an empty list uses none.")
    HttpResponse<OrderGroupView> checkout(
            Actor signedIn, @Nullable @Header("Idempotency-Key") String idempotencyKey, @Body CheckoutRequest request) {
        OrderGroupView group = orders.checkout(
                signedIn,
                new PlaceOrderCommand(
                        idempotencyKey,
                        request.lines(),
                        request.address(),
                        null,
                        null,
                        request.remarks(),
                        request.coupons()));
        return HttpResponse.created(group, URI.create("/api/v1/orders/" + group.number()));
    }

    @Get("/notices")
    @Operation(
            summary =
                    "The buyer's notices (paid, ready for pickup, shipped, refunded; for business buyers also bulk-order"
                            + " lines and purchase requests waiting for an answer), newest first")
    List<NoticeView> notices(Actor signedIn, @QueryValue(defaultValue = "50") int limit) {
        return orders.notices(signedIn, limit);
    }

    @Get("/orders")
    @Operation(summary = "The consumer's checkouts, newest first")
    List<OrderGroupView> orders(
            Actor signedIn, @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        return orders.orderGroups(signedIn, page, size);
    }

    @Get("/orders/{number}")
    @Operation(summary = "One of the consumer's checkouts with its orders and their timelines")
    OrderGroupView order(Actor signedIn, @PathVariable String number) {
        return orders.orderGroup(signedIn, number);
    }

    @Post("/orders/{number}/cancel")
    @Operation(summary = "Cancels an unpaid checkout and puts its stock back on sale")
    OrderGroupView cancel(Actor signedIn, @PathVariable String number) {
        return orders.cancelCheckout(signedIn, number);
    }

    @Post("/orders/{number}/payment")
    @Operation(summary = "The checkout's PaymentIntent (one per checkout, the same on every call)")
    PaymentView payment(Actor signedIn, @PathVariable String number) {
        return orders.payment(signedIn, number);
    }

    @Post("/orders/{number}/payment/check")
    @Operation(
            summary = "Asks the payment provider how the checkout's payment stands and applies its answer",
            description = "Confirm the payment with Stripe first, with the publishable key and the client secret"
                    + " that POST /orders/{number}/payment answers (Stripe.js, or Stripe's API from a program);"
                    + " card details go to Stripe, never to this API. Then call this to see the checkout PAID at once;"
                    + " the webhook applies the same a moment later anyway.")
    OrderGroupView checkPayment(Actor signedIn, @PathVariable String number) {
        return orders.checkPayment(signedIn, number);
    }

    @Serdeable
    record CheckoutRequest(
            @Nullable List<CartLine> lines,
            @Nullable DeliveryAddress address,
            @Nullable String remarks,
            @Nullable List<String> coupons) {}
}
