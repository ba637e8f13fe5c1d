package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.techan.catalog.RegionCode;
import org.techan.catalog.TemperatureClass;
import org.techan.orders.CartCheckoutCommand;
import org.techan.orders.CartHolder;
import org.techan.orders.CartView;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PickupSlotView;
import org.techan.orders.SavedAddress;
import org.techan.orders.ShopFulfilment;
import org.techan.platform.Actor;
import org.techan.platform.NotFoundException;
import org.techan.storefront.web.VisitorCarts;

/**
 * The cart and address book for programmatic clients. Visitors' carts live in the
 * {@code techan_cart} cookie the first change sets; signing in merges it into the consumer's cart.
 */
@Controller("/api/v1")
@Tag(name = "cart")
@ExecuteOn(TaskExecutors.BLOCKING)
class CartController {

    private final OrdersApi orders;
    private final VisitorCarts carts;

    CartController(OrdersApi orders, VisitorCarts carts) {
        this.orders = orders;
        this.carts = carts;
    }

    @Get("/cart")
    @Operation(summary = "The cart grouped by shop, priced now, with price changes and problems per line")
    CartView cart(HttpRequest<?> request, @Nullable Actor actor) {
        return carts.existing(request, actor).map(orders::cart).orElseGet(CartView::empty);
    }

    @Post("/cart/lines")
    @Operation(
            summary = "Adds units of a SKU (to any already in the cart)",
            description = "422 for a SKU not on sale or a quantity its purchase rule does not allow;"
                    + " 409 when the stock left is smaller than the cart's quantity. Nothing changes then.")
    HttpResponse<CartView> add(HttpRequest<?> request, @Nullable Actor actor, @Body NewLine line) {
        CartHolder holder = carts.forChange(request, actor);
        CartView cart = orders.addToCart(holder, line.skuId(), line.quantity());
        return carts.keep(HttpResponse.ok(cart), holder);
    }

    @Put("/cart/lines/{skuId}")
    @Operation(summary = "Sets a line's quantity; 0 removes the line")
    CartView change(HttpRequest<?> request, @Nullable Actor actor, @PathVariable long skuId, @Body Quantity quantity) {
        CartHolder holder =
                carts.existing(request, actor).orElseThrow(() -> new NotFoundException("cart.line.not-found", skuId));
        return orders.changeCartLine(holder, skuId, quantity.quantity());
    }

    @Post("/cart/checkout")
    @Operation(
            summary = "Checks out the consumer's cart (one order per shop); the bought lines leave the cart",
            description = "Send a fresh Idempotency-Key per checkout; a repeat answers the same order group."
                    + " Shops not named in fulfilments are delivered; PICKUP needs a slotId from /api/v1/pickup-slots."
                    + " With expectedGoodsTotal, goods whose prices changed since are refused with 409 and nothing"
                    + " is created. coupons: the claimed coupons to use (claimId from GET /api/v1/coupon-claims);"
                    + " left out, the best the buyer holds are used; an empty list uses none.")
    HttpResponse<OrderGroupView> checkout(
            Actor signedIn, @Nullable @Header("Idempotency-Key") String idempotencyKey, @Body CartCheckout request) {
        OrderGroupView group = orders.checkoutCart(
                signedIn,
                new CartCheckoutCommand(
                        idempotencyKey,
                        request.addressId(),
                        request.address(),
                        request.fulfilments(),
                        request.expectedGoodsTotal(),
                        request.remarks(),
                        request.coupons()));
        return HttpResponse.created(group, URI.create("/api/v1/orders/" + group.number()));
    }

    @Get("/pickup-slots")
    @Operation(
            summary = "Collection days with room at community stores that can keep goods of this temperature",
            description = "AMBIENT, CHILLED or FROZEN: a cart shop's temperature is in GET /api/v1/cart. near: the"
                    + " delivery address's region code; only stores within reach of it (by default its city) are"
                    + " offered, those in its county first. fresh: a cart shop's freshProvinces; fresh goods are"
                    + " collected only in the provinces they come from.")
    List<PickupSlotView> pickupSlots(
            @QueryValue(defaultValue = "AMBIENT") TemperatureClass temperature,
            @Nullable @QueryValue String near,
            @Nullable @QueryValue List<String> fresh) {
        return orders.pickupSlots(
                temperature,
                near == null || near.isBlank() ? null : RegionCode.parse(near),
                fresh == null
                        ? List.of()
                        : fresh.stream()
                                .map(code -> RegionCode.parse(code).prefix())
                                .toList());
    }

    @Get("/addresses")
    @Operation(summary = "The consumer's address book, most recently used first")
    List<SavedAddress> addresses(Actor signedIn) {
        return orders.addresses(signedIn);
    }

    @Post("/addresses")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Keeps an address in the book (an identical one is answered, not kept twice)")
    SavedAddress saveAddress(Actor signedIn, @Body DeliveryAddress address) {
        return orders.saveAddress(signedIn, address);
    }

    @Delete("/addresses/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes one of the consumer's addresses")
    void removeAddress(Actor signedIn, @PathVariable long id) {
        orders.removeAddress(signedIn, id);
    }

    @Serdeable
    record NewLine(long skuId, int quantity) {}

    @Serdeable
    record Quantity(int quantity) {}

    @Serdeable
    record CartCheckout(
            @Nullable Long addressId,
            @Nullable DeliveryAddress address,
            @Nullable List<ShopFulfilment> fulfilments,
            @Nullable BigDecimal expectedGoodsTotal,
            @Nullable String remarks,
            @Nullable List<String> coupons) {}
}
