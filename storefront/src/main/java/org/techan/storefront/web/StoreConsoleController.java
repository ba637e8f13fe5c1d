package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import java.util.List;
import org.techan.orders.ConsignmentView;
import org.techan.orders.HandOverCommand;
import org.techan.orders.HandOverView;
import org.techan.orders.OrdersApi;
import org.techan.orders.StoreView;
import org.techan.platform.Actor;
import org.techan.platform.DomainException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;

/**
 * The store clerk's console (网订店取): receive the shops' parcels, check a buyer's pickup code
 * (typed or scanned from the QR code), hand the order over, refusing damaged lines.
 */
@Hidden
@Controller("/store")
@ExecuteOn(TaskExecutors.BLOCKING)
class StoreConsoleController {

    private final OrdersApi orders;
    private final FailureText failures;

    StoreConsoleController(OrdersApi orders, FailureText failures) {
        this.orders = orders;
        this.failures = failures;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> console(Actor signedIn, @QueryValue @Nullable String done) {
        return HttpResponse.ok(new ModelAndView<>("store/console", page(signedIn, done, null)));
    }

    @Post(uri = "/consignments", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> receive(HttpRequest<?> request, Actor clerk, @Body ReceiveForm form) {
        try {
            int received = orders.receiveConsignment(clerk, String.valueOf(form.shop()), FormValues.day(form.day()));
            return HttpResponse.seeOther(URI.create("/store?done=received-" + received));
        } catch (RuleViolationException | NotFoundException refused) {
            return refusal(request, clerk, refused);
        }
    }

    @Get(uri = "/pickups", produces = MediaType.TEXT_HTML)
    HttpResponse<?> check(HttpRequest<?> request, Actor clerk, @QueryValue @Nullable String code) {
        try {
            HandOverView order = orders.checkPickupCode(clerk, code);
            return HttpResponse.ok(
                    new ModelAndView<>("store/hand-over", new HandOverPage(orders.storeOf(clerk), order, code, null)));
        } catch (NotFoundException unknown) {
            return refusal(request, clerk, unknown);
        }
    }

    @Post(
            uri = "/pickups/{orderNumber}",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> handOver(
            HttpRequest<?> request, Actor clerk, @PathVariable String orderNumber, @Body HandOverForm form) {
        List<Long> refused = form.refuse() == null
                ? List.of()
                : form.refuse().stream()
                        .map(FormValues::integer)
                        .map(Integer::longValue)
                        .toList();
        try {
            orders.handOver(clerk, orderNumber, new HandOverCommand(form.code(), refused, form.reason()));
            return HttpResponse.seeOther(URI.create("/store?done=handed-over"));
        } catch (RuleViolationException refusedForm) {
            HandOverView order = orders.checkPickupCode(clerk, form.code());
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>(
                            "store/hand-over",
                            new HandOverPage(
                                    orders.storeOf(clerk), order, form.code(), failures.of(request, refusedForm))));
        } catch (NotFoundException unknown) {
            return refusal(request, clerk, unknown);
        }
    }

    /**
     * The console again with the reason on it. A code nobody here is waiting with is a typing
     * mistake at the counter (422), not a missing page: a 404 would show the site's 页面不存在.
     */
    private HttpResponse<?> refusal(HttpRequest<?> request, Actor clerk, DomainException why) {
        HttpStatus status =
                why instanceof NotFoundException ? HttpStatus.UNPROCESSABLE_ENTITY : ErrorResponses.statusOf(why);
        return HttpResponse.status(status)
                .body(new ModelAndView<>("store/console", page(clerk, null, failures.of(request, why))));
    }

    private ConsolePage page(Actor clerk, @Nullable String done, @Nullable String error) {
        List<Arrival> arrivals = orders.consignments(clerk).stream()
                .map(c -> new Arrival(c, OrderPagesController.day(c.day())))
                .toList();
        List<Waiting> waiting = orders.waitingPickups(clerk).stream()
                .map(w -> new Waiting(w, OrderPagesController.local(w.collectBy(), "yyyy-MM-dd HH:mm")))
                .toList();
        String doneKey = null;
        int count = 0;
        if (done != null && done.startsWith("received-")) {
            doneKey = "store.done.received";
            count = FormValues.integer(done.substring("received-".length()));
        } else if ("handed-over".equals(done)) {
            doneKey = "store.done.handed-over";
        }
        return new ConsolePage(orders.storeOf(clerk), arrivals, waiting, doneKey, count, error);
    }

    @Serdeable
    record ReceiveForm(@Nullable String shop, @Nullable String day) {}

    @Serdeable
    record HandOverForm(@Nullable String code, @Nullable List<String> refuse, @Nullable String reason) {}

    @Introspected
    record Arrival(ConsignmentView consignment, String day) {}

    @Introspected
    record Waiting(org.techan.orders.WaitingPickupView order, String collectBy) {}

    @Introspected
    record ConsolePage(
            StoreView store,
            List<Arrival> arrivals,
            List<Waiting> waiting,
            @Nullable String doneKey,
            int doneCount,
            @Nullable String error) {}

    @Introspected
    record HandOverPage(StoreView store, HandOverView order, @Nullable String code, @Nullable String error) {}
}
