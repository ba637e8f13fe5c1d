package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;
import org.techan.orders.OrdersApi;
import org.techan.orders.ParkedPaymentEvent;
import org.techan.orders.PaymentBacklog;
import org.techan.platform.Actor;

/** Operators follow money news: provider events parked after failing, refunds not yet confirmed. */
@Hidden
@Controller("/ops/payments")
@ExecuteOn(TaskExecutors.BLOCKING)
class OperatorPaymentsController {

    private final OrdersApi orders;

    OperatorPaymentsController(OrdersApi orders) {
        this.orders = orders;
    }

    @View("ops/payments")
    @Get(produces = MediaType.TEXT_HTML)
    PaymentsPage page(Actor signedIn) {
        List<ParkedPaymentEvent> parked = orders.parkedPaymentEvents(signedIn);
        return new PaymentsPage(
                orders.paymentBacklog(),
                parked.stream()
                        .map(event -> new Parked(
                                event, OrderPagesController.local(event.receivedAt(), "yyyy-MM-dd HH:mm:ss")))
                        .toList(),
                orders.waitingAfterSales(signedIn));
    }

    /** An operator decides an after-sale dispute: refunds it, or upholds the shop with a reason. */
    @Post(uri = "/after-sales/{id}/moves", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(Actor signedIn, @PathVariable long id, @Body DecisionForm form) {
        orders.moveAfterSale(signedIn, id, form.to(), form.note());
        return HttpResponse.seeOther(URI.create("/ops/payments#after-sales"));
    }

    @io.micronaut.serde.annotation.Serdeable
    record DecisionForm(
            @io.micronaut.core.annotation.Nullable org.techan.orders.AfterSaleState to,
            @io.micronaut.core.annotation.Nullable String note) {}

    @Post(uri = "/events/{eventId}/retry", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retry(Actor signedIn, @PathVariable String eventId) {
        orders.retryPaymentEvent(signedIn, eventId);
        return HttpResponse.seeOther(URI.create("/ops/payments"));
    }

    @Introspected
    record Parked(ParkedPaymentEvent event, String received) {}

    @Introspected
    record PaymentsPage(PaymentBacklog backlog, List<Parked> parked, List<org.techan.orders.AfterSaleView> disputes) {}
}
