package org.techan.storefront.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import org.techan.orders.OrdersApi;
import org.techan.platform.Actor;

/** The photos of an after-sale request, for its buyer, its shop and operators: the orders module decides who. */
@Hidden
@Controller("/after-sales")
@ExecuteOn(TaskExecutors.BLOCKING)
class AfterSalePhotosController {

    private final OrdersApi orders;

    AfterSalePhotosController(OrdersApi orders) {
        this.orders = orders;
    }

    @Get("/{id}/photos/{key}")
    HttpResponse<byte[]> photo(Actor signedIn, @PathVariable long id, @PathVariable String key) {
        return Uploads.asResponse(orders.afterSalePhoto(signedIn, id, key));
    }
}
