package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
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
import java.time.LocalDate;
import java.util.List;
import org.techan.orders.ConsignmentView;
import org.techan.orders.HandOverCommand;
import org.techan.orders.HandOverView;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PickingListView;
import org.techan.orders.StoreView;
import org.techan.orders.WaitingPickupView;
import org.techan.platform.Actor;

/**
 * Fulfilment for programs: a shop's orders, packing, shipping with tracking, picking lists and
 * parcels per store ({@code coop/}, shop staff); a pickup store's counter ({@code store/}, clerks);
 * a buyer confirming receipt. The same rules as the pages: nobody reaches another's orders.
 */
@Controller("/api/v1")
@Tag(name = "fulfilment")
@ExecuteOn(TaskExecutors.BLOCKING)
class FulfilmentController {

    private final OrdersApi orders;

    FulfilmentController(OrdersApi orders) {
        this.orders = orders;
    }

    @Get("/coop/orders")
    @Operation(summary = "The shop's orders in a state (every paid one without), oldest first")
    List<OrderView> shopOrders(
            Actor signedIn,
            @Nullable @QueryValue OrderState state,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "50") int size) {
        return orders.shopOrders(signedIn, state, page, size);
    }

    @Get("/coop/orders/{number}")
    @Operation(summary = "One of the shop's orders")
    OrderView shopOrder(Actor signedIn, @PathVariable String number) {
        return orders.shopOrder(signedIn, number);
    }

    @Post("/coop/orders/{number}/pack")
    @Operation(summary = "Marks a paid order packed (409 from any other state)")
    OrderView pack(Actor signedIn, @PathVariable String number) {
        return orders.advance(signedIn, number, OrderState.PACKED);
    }

    @Post("/coop/orders/{number}/ready")
    @Operation(
            summary = "Marks a packed order collected at the producing base ready there (409 from any other state)",
            description = "Only for orders the buyer collects (fulfilment COLLECTION); 403 for any other.")
    OrderView readyForCollection(Actor signedIn, @PathVariable String number) {
        return orders.advance(signedIn, number, OrderState.READY_FOR_PICKUP);
    }

    @Post("/coop/orders/{number}/collected")
    @Operation(
            summary = "Records that the buyer collected a ready order at the producing base, which completes it",
            description = "Only for orders the buyer collects (fulfilment COLLECTION); 403 for any other.")
    OrderView collected(Actor signedIn, @PathVariable String number) {
        return orders.advance(signedIn, number, OrderState.PICKED_UP);
    }

    @Post("/coop/orders/{number}/ship")
    @Operation(summary = "Ships a delivery order with carrier and tracking number (packing it first if needed)")
    OrderView ship(Actor signedIn, @PathVariable String number, @Body Shipment shipment) {
        return orders.shipOrder(signedIn, number, shipment.carrier(), shipment.trackingNumber());
    }

    @Post("/coop/orders/{number}/refunds")
    @Operation(
            summary = "Gives back part or all of a paid order (not more than is left); REFUNDED once nothing is."
                    + " With an Idempotency-Key, a repeat refunds nothing more")
    OrderView refundOwnOrder(
            Actor signedIn,
            @PathVariable String number,
            @Nullable @Header("Idempotency-Key") String key,
            @Body Refund refund) {
        return orders.refund(signedIn, number, refund.amount(), refund.reason(), key);
    }

    @Post("/ops/orders/{number}/refunds")
    @Operation(summary = "An operator gives back part or all of any shop's paid order")
    OrderView refundAnyOrder(
            Actor signedIn,
            @PathVariable String number,
            @Nullable @Header("Idempotency-Key") String key,
            @Body Refund refund) {
        return orders.refund(signedIn, number, refund.amount(), refund.reason(), key);
    }

    @Post("/coop/orders/{number}/recall-hold/release")
    @Operation(
            summary = "Lets one of the shop's orders held by a batch recall go on, saying how the recall was dealt"
                    + " with (422 without a note, 409 if it is not held)")
    OrderView releaseOwnRecallHold(Actor signedIn, @PathVariable String number, @Body RecallResolution resolution) {
        return orders.releaseRecallHold(signedIn, number, resolution.note());
    }

    @Post("/ops/orders/{number}/recall-hold/release")
    @Operation(summary = "An operator lets any order held by a batch recall go on, saying how it was dealt with")
    OrderView releaseAnyRecallHold(Actor signedIn, @PathVariable String number, @Body RecallResolution resolution) {
        return orders.releaseRecallHold(signedIn, number, resolution.note());
    }

    @Get("/coop/picking-lists")
    @Operation(summary = "Per store: units per SKU and orders to send in one parcel for collection on a day")
    List<PickingListView> pickingLists(Actor signedIn, @QueryValue LocalDate day) {
        return orders.pickingLists(signedIn, day);
    }

    @Post("/coop/picking-lists/dispatch")
    @Operation(summary = "Sends the parcel for a store and day: its orders are packed and shipped to the store")
    Dispatched dispatch(Actor signedIn, @Body Parcel parcel) {
        return new Dispatched(orders.dispatchConsignment(signedIn, parcel.store(), parcel.day()));
    }

    @Get("/store")
    @Operation(summary = "The clerk's store")
    StoreView store(Actor signedIn) {
        return orders.storeOf(signedIn);
    }

    @Get("/store/consignments")
    @Operation(summary = "Parcels on their way to the clerk's store and being prepared for it")
    List<ConsignmentView> consignments(Actor signedIn) {
        return orders.consignments(signedIn);
    }

    @Post("/store/consignments/receive")
    @Operation(summary = "A shop's parcel for a day arrived: its orders are ready and their buyers get codes")
    Received receive(Actor signedIn, @Body Arrival arrival) {
        return new Received(orders.receiveConsignment(signedIn, arrival.shop(), arrival.day()));
    }

    @Get("/store/pickups")
    @Operation(summary = "Orders waiting at the clerk's store (no codes)")
    List<WaitingPickupView> waiting(Actor signedIn) {
        return orders.waitingPickups(signedIn);
    }

    @Get("/store/pickups/{code}")
    @Operation(summary = "The order waiting at the clerk's store under a pickup code (404 for any other code)")
    HandOverView check(Actor signedIn, @PathVariable String code) {
        return orders.checkPickupCode(signedIn, code);
    }

    @Post("/store/pickups/{code}/hand-over")
    @Operation(summary = "Hands the order over; refused (damaged) SKUs are refunded with the reason")
    OrderView handOver(Actor signedIn, @PathVariable String code, @Body Refusal refusal) {
        HandOverView order = orders.checkPickupCode(signedIn, code);
        return orders.handOver(
                signedIn, order.orderNumber(), new HandOverCommand(code, refusal.refusedSkuIds(), refusal.reason()));
    }

    @Post("/orders/{group}/orders/{number}/received")
    @Operation(summary = "The buyer confirms a shipped delivery arrived: delivered and completed")
    OrderView received(Actor signedIn, @PathVariable String group, @PathVariable String number) {
        orders.orderGroup(signedIn, group);
        return orders.confirmReceipt(signedIn, number);
    }

    @Serdeable
    record Shipment(@Nullable String carrier, @Nullable String trackingNumber) {}

    @Serdeable
    record RecallResolution(@Nullable String note) {}

    @Serdeable
    record Refund(@Nullable java.math.BigDecimal amount, @Nullable String reason) {}

    @Serdeable
    record Parcel(String store, LocalDate day) {}

    @Serdeable
    record Dispatched(int orders) {}

    @Serdeable
    record Arrival(String shop, LocalDate day) {}

    @Serdeable
    record Received(int orders) {}

    @Serdeable
    record Refusal(@Nullable List<Long> refusedSkuIds, @Nullable String reason) {}
}
