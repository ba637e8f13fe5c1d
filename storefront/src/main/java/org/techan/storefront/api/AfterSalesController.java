package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.techan.orders.AfterSaleState;
import org.techan.orders.AfterSaleView;
import org.techan.orders.OrdersApi;
import org.techan.orders.RequestAfterSaleCommand;
import org.techan.platform.Actor;

/**
 * After-sale requests (售后) for programs: a buyer asks and may withdraw or dispute ({@code orders/},
 * consumers), the shop answers ({@code coop/}, shop staff), an operator decides disputes
 * ({@code ops/}). The rules are the orders module's; nobody reaches another's requests.
 */
@Controller("/api/v1")
@Tag(name = "after-sales")
@ExecuteOn(TaskExecutors.BLOCKING)
class AfterSalesController {

    private final OrdersApi orders;

    AfterSalesController(OrdersApi orders) {
        this.orders = orders;
    }

    @Post("/orders/{number}/after-sales")
    @Operation(
            summary = "Asks for money back (REFUND) or to return the goods (RETURN) on one's own paid order:"
                    + " a reason, an amount no more than is left to refund, details; 409 while another is open")
    HttpResponse<AfterSaleView> request(
            Actor signedIn, @PathVariable String number, @Body RequestAfterSaleCommand command) {
        AfterSaleView made = orders.requestAfterSale(signedIn, number, command);
        return HttpResponse.created(made, URI.create("/api/v1/orders/" + number + "/after-sales"));
    }

    @Get("/orders/{number}/after-sales")
    @Operation(summary = "The after-sale requests on one's own order, with every step")
    List<AfterSaleView> ofOwnOrder(Actor signedIn, @PathVariable String number) {
        return orders.afterSales(signedIn, number);
    }

    @Post("/orders/{number}/after-sales/{id}/moves")
    @Operation(summary = "The buyer withdraws a request (WITHDRAWN) or takes it to an operator (DISPUTED, with a note)")
    AfterSaleView buyerMove(Actor signedIn, @PathVariable String number, @PathVariable long id, @Body Move move) {
        return orders.moveAfterSale(signedIn, id, move.to(), move.note());
    }

    @Get("/coop/after-sales")
    @Operation(summary = "The shop's after-sale requests waiting for an answer, oldest first")
    List<AfterSaleView> waitingAtShop(Actor signedIn) {
        return orders.waitingAfterSales(signedIn);
    }

    @Get("/coop/orders/{number}/after-sales")
    @Operation(summary = "The after-sale requests on one of the shop's orders")
    List<AfterSaleView> ofShopOrder(Actor signedIn, @PathVariable String number) {
        return orders.afterSales(signedIn, number);
    }

    @Post("/coop/after-sales/{id}/moves")
    @Operation(
            summary = "The shop refunds a request (REFUNDED: the amount goes back), asks for the goods back"
                    + " (GOODS_REQUESTED) or refuses it (REFUSED, with a reason); 409 for a move its state does not"
                    + " allow")
    AfterSaleView shopMove(Actor signedIn, @PathVariable long id, @Body Move move) {
        return orders.moveAfterSale(signedIn, id, move.to(), move.note());
    }

    @Get("/ops/after-sales")
    @Operation(summary = "After-sale disputes waiting for an operator, oldest first")
    List<AfterSaleView> disputes(Actor signedIn) {
        return orders.waitingAfterSales(signedIn);
    }

    @Post("/ops/after-sales/{id}/moves")
    @Operation(summary = "An operator decides a dispute: REFUNDED (the amount goes back) or UPHELD (with a reason)")
    AfterSaleView decide(Actor signedIn, @PathVariable long id, @Body Move move) {
        return orders.moveAfterSale(signedIn, id, move.to(), move.note());
    }

    @Serdeable
    record Move(@Nullable AfterSaleState to, @Nullable String note) {}
}
