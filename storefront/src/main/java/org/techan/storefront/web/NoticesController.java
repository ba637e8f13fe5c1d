package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;
import org.techan.orders.NoticeView;
import org.techan.orders.OrdersApi;
import org.techan.platform.Actor;

/** The shopper's inbox: paid, ready for pickup (with the code), shipped, refunded. */
@Hidden
@Controller("/notices")
@ExecuteOn(TaskExecutors.BLOCKING)
class NoticesController {

    private static final int SHOWN = 50;

    private final OrdersApi orders;

    NoticesController(OrdersApi orders) {
        this.orders = orders;
    }

    @View("notices")
    @Get(produces = MediaType.TEXT_HTML)
    NoticesPage inbox(Actor signedIn) {
        return new NoticesPage(orders.notices(signedIn, SHOWN).stream()
                .map(n -> new Shown(n, OrderPagesController.local(n.createdAt(), "yyyy-MM-dd HH:mm"), arguments(n)))
                .toList());
    }

    @Post(uri = "/read", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> read(Actor signedIn) {
        orders.markNoticesRead(signedIn);
        return HttpResponse.seeOther(URI.create("/notices"));
    }

    /** The sentence's arguments: checkout number, order number, then the notice's own facts. */
    private static List<String> arguments(NoticeView notice) {
        List<String> arguments = new java.util.ArrayList<>();
        String group = notice.groupNumber() == null ? "" : notice.groupNumber();
        arguments.add(group);
        arguments.add(notice.orderNumber() == null ? group : notice.orderNumber());
        arguments.addAll(notice.details());
        while (arguments.size() < 6) {
            arguments.add("");
        }
        return arguments;
    }

    @Introspected
    record Shown(NoticeView notice, String at, List<String> arguments) {}

    @Introspected
    record NoticesPage(List<Shown> notices) {}
}
