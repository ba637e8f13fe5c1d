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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import org.techan.orders.CartHolder;
import org.techan.orders.CartView;
import org.techan.orders.OrdersApi;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;

/** The cart page: add from a product page, change quantities, see price changes, go to checkout. */
@Hidden
@Controller("/cart")
@ExecuteOn(TaskExecutors.BLOCKING)
class CartPagesController {

    private final OrdersApi orders;
    private final VisitorCarts carts;
    private final FailureText failures;

    CartPagesController(OrdersApi orders, VisitorCarts carts, FailureText failures) {
        this.orders = orders;
        this.carts = carts;
        this.failures = failures;
    }

    @View("cart")
    @Get(produces = MediaType.TEXT_HTML)
    CartPage show(HttpRequest<?> request, @Nullable Actor actor) {
        return new CartPage(current(request, actor), null);
    }

    @Post(uri = "/lines", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> add(HttpRequest<?> request, @Nullable Actor actor, @Body AddForm form) {
        CartHolder holder = carts.forChange(request, actor);
        try {
            orders.addToCart(holder, form.skuId() == null ? 0 : form.skuId(), quantity(form.quantity()));
        } catch (RuleViolationException | ConflictException refused) {
            return refused(request, actor, refused);
        }
        return carts.keep(HttpResponse.seeOther(URI.create("/cart")), holder);
    }

    @Post(uri = "/lines/{skuId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(
            HttpRequest<?> request, @Nullable Actor actor, @PathVariable long skuId, @Body QuantityForm form) {
        CartHolder holder =
                carts.existing(request, actor).orElseThrow(() -> new NotFoundException("cart.line.not-found", skuId));
        try {
            orders.changeCartLine(holder, skuId, quantity(form.quantity()));
        } catch (RuleViolationException | ConflictException refused) {
            return refused(request, actor, refused);
        }
        return carts.keep(HttpResponse.seeOther(URI.create("/cart")), holder);
    }

    private HttpResponse<?> refused(
            HttpRequest<?> request, @Nullable Actor actor, org.techan.platform.DomainException why) {
        return HttpResponse.status(ErrorResponses.statusOf(why))
                .body(new ModelAndView<>("cart", new CartPage(current(request, actor), failures.of(request, why))));
    }

    private CartView current(HttpRequest<?> request, @Nullable Actor actor) {
        return carts.existing(request, actor).map(orders::cart).orElseGet(CartView::empty);
    }

    /** A missing or non-numeric quantity is no quantity at all, which the cart refuses with its own message. */
    private static int quantity(@Nullable Integer quantity) {
        return quantity == null ? -1 : quantity;
    }

    @Serdeable
    record AddForm(@Nullable Long skuId, @Nullable Integer quantity) {}

    @Serdeable
    record QuantityForm(@Nullable Integer quantity) {}

    @Introspected
    record CartPage(CartView cart, @Nullable String error) {}
}
