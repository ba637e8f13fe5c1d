package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.techan.orders.AfterSaleState;
import org.techan.orders.AfterSaleView;
import org.techan.orders.Fulfilment;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PickingListView;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.DomainException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;

/**
 * The shop's orders in the back office: pack, ship deliveries with a tracking number, and for
 * pickup orders the per-store, per-day picking lists with one parcel sent per store.
 */
@Hidden
@Controller("/coop")
@ExecuteOn(TaskExecutors.BLOCKING)
class CoopOrdersController {

    private static final int PER_PAGE = 50;

    private final OrdersApi orders;
    private final FailureText failures;
    private final Clock clock;
    private final AddressText addresses;

    CoopOrdersController(OrdersApi orders, FailureText failures, Clock clock, AddressText addresses) {
        this.addresses = addresses;
        this.orders = orders;
        this.failures = failures;
        this.clock = clock;
    }

    @Get(uri = "/orders", produces = MediaType.TEXT_HTML)
    HttpResponse<?> list(Actor signedIn, @QueryValue @Nullable OrderState state) {
        return HttpResponse.ok(new ModelAndView<>("coop/orders", ordersPage(signedIn, state, null)));
    }

    @Post(
            uri = "/orders/{number}/pack",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> pack(HttpRequest<?> request, Actor staff, @PathVariable String number) {
        try {
            orders.advance(staff, number, OrderState.PACKED);
            return HttpResponse.seeOther(URI.create("/coop/orders"));
        } catch (ConflictException | RuleViolationException refused) {
            return ordersRefusal(request, staff, refused);
        }
    }

    /** 基地自提: the order waits at the producing base, then the buyer's truck takes it. */
    @Post(
            uri = "/orders/{number}/collection",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> collection(
            HttpRequest<?> request, Actor staff, @PathVariable String number, @Body CollectionForm form) {
        try {
            orders.advance(staff, number, form.next());
            return HttpResponse.seeOther(URI.create("/coop/orders"));
        } catch (ConflictException | RuleViolationException refused) {
            return ordersRefusal(request, staff, refused);
        }
    }

    /** {@code step}: READY (packed and waiting at the base) or COLLECTED. */
    @io.micronaut.serde.annotation.Serdeable
    record CollectionForm(@Nullable String step) {

        OrderState next() {
            return "COLLECTED".equals(step) ? OrderState.PICKED_UP : OrderState.READY_FOR_PICKUP;
        }
    }

    @Post(
            uri = "/orders/{number}/ship",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> ship(HttpRequest<?> request, Actor staff, @PathVariable String number, @Body ShipForm form) {
        try {
            orders.shipOrder(staff, number, form.carrier(), form.trackingNumber());
            return HttpResponse.seeOther(URI.create("/coop/orders"));
        } catch (ConflictException | RuleViolationException refused) {
            return ordersRefusal(request, staff, refused);
        }
    }

    @Post(
            uri = "/orders/{number}/recall-hold/release",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> releaseRecallHold(
            HttpRequest<?> request, Actor staff, @PathVariable String number, @Body ReleaseForm form) {
        try {
            orders.releaseRecallHold(staff, number, form.note());
            return HttpResponse.seeOther(URI.create("/coop/orders"));
        } catch (ConflictException | RuleViolationException refused) {
            return ordersRefusal(request, staff, refused);
        }
    }

    /** The shop answers an after-sale request: refunds it, asks for the goods back or refuses it. */
    @Post(
            uri = "/after-sales/{id}/moves",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> answerAfterSale(HttpRequest<?> request, Actor staff, @PathVariable long id, @Body AnswerForm form) {
        try {
            orders.moveAfterSale(staff, id, form.to(), form.note());
            return HttpResponse.seeOther(URI.create("/coop/orders"));
        } catch (ConflictException | RuleViolationException | NotAllowedException refused) {
            return ordersRefusal(request, staff, refused);
        }
    }

    /** One order's packing slip (装箱单), laid out for printing and for the parcel. */
    @Get(uri = "/orders/{number}/slip", produces = MediaType.TEXT_HTML)
    HttpResponse<?> slip(Actor staff, @PathVariable String number) {
        OrderView order = orders.shopOrder(staff, number);
        return HttpResponse.ok(new ModelAndView<>(
                "coop/slip",
                new Slip(
                        new Listed(
                                order,
                                order.pickup() == null
                                        ? null
                                        : OrderPagesController.day(
                                                order.pickup().day()),
                                order.fulfilment() != Fulfilment.PICKUP ? addresses.of(order.deliverTo()) : null),
                        OrderPagesController.local(order.timeline().get(0).at(), "yyyy-MM-dd HH:mm"))));
    }

    @Introspected
    record Slip(Listed item, String placed) {}

    @Get(uri = "/picking", produces = MediaType.TEXT_HTML)
    HttpResponse<?> picking(HttpRequest<?> request, Actor staff, @QueryValue @Nullable String day) {
        LocalDate chosen =
                day == null || day.isBlank() ? MarketCalendar.today(clock).plusDays(1) : FormValues.day(day);
        return HttpResponse.ok(new ModelAndView<>("coop/picking", pickingPage(staff, chosen, null, null)));
    }

    @Post(uri = "/picking", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> dispatch(HttpRequest<?> request, Actor staff, @Body DispatchForm form) {
        LocalDate day = FormValues.day(form.day());
        try {
            int sent = orders.dispatchConsignment(staff, String.valueOf(form.store()), day);
            return HttpResponse.ok(new ModelAndView<>("coop/picking", pickingPage(staff, day, sent, null)));
        } catch (NotFoundException | ConflictException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "coop/picking", pickingPage(staff, day, null, failures.of(request, refused))));
        }
    }

    private HttpResponse<?> ordersRefusal(HttpRequest<?> request, Actor staff, DomainException why) {
        return HttpResponse.status(ErrorResponses.statusOf(why))
                .body(new ModelAndView<>("coop/orders", ordersPage(staff, null, failures.of(request, why))));
    }

    private OrdersPage ordersPage(Actor staff, @Nullable OrderState state, @Nullable String error) {
        List<Listed> listed = orders.shopOrders(staff, state, 0, PER_PAGE).stream()
                .map(o -> new Listed(
                        o,
                        o.pickup() == null
                                ? null
                                : OrderPagesController.day(o.pickup().day()),
                        o.fulfilment() != Fulfilment.PICKUP ? addresses.of(o.deliverTo()) : null))
                .toList();
        return new OrdersPage(listed, state, List.of(OrderState.values()), error, orders.waitingAfterSales(staff));
    }

    private PickingPage pickingPage(Actor staff, LocalDate day, @Nullable Integer sent, @Nullable String error) {
        return new PickingPage(OrderPagesController.day(day), orders.pickingLists(staff, day), sent, error);
    }

    @Serdeable
    record ShipForm(@Nullable String carrier, @Nullable String trackingNumber) {}

    @Serdeable
    record ReleaseForm(@Nullable String note) {}

    @Serdeable
    record AnswerForm(@Nullable AfterSaleState to, @Nullable String note) {}

    @Serdeable
    record DispatchForm(@Nullable String store, @Nullable String day) {}

    @Introspected
    record Listed(OrderView order, @Nullable String pickupDay, @Nullable String address) {}

    @Introspected
    record OrdersPage(
            List<Listed> orders,
            @Nullable OrderState state,
            List<OrderState> states,
            @Nullable String error,
            List<AfterSaleView> afterSales) {}

    @Introspected
    record PickingPage(String day, List<PickingListView> lists, @Nullable Integer sent, @Nullable String error) {}
}
