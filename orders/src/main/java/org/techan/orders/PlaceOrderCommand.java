package org.techan.orders;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A checkout: the lines to buy, how each shop's order is fulfilled (delivered to the address
 * unless a {@link ShopFulfilment} says pickup), and a key the client chooses once per checkout so
 * a repeated request (a retry after a timeout) returns the first result instead of buying twice.
 * A checkout collected entirely at stores needs only the address's recipient and phone. With
 * {@code expectedGoodsTotal} the checkout is refused (409, nothing kept) when prices changed since
 * the client showed that amount. {@code remarks} (买家留言, at most 200 characters) go to every
 * shop of the checkout with its order. {@code coupons} are the buyer's claimed coupons to use, as
 * the coupon centre names them: none given takes the best the buyer holds, an empty list uses none.
 */
@Serdeable
public record PlaceOrderCommand(
        @Nullable String idempotencyKey,
        @Nullable List<CartLine> lines,
        @Nullable DeliveryAddress address,
        @Nullable List<ShopFulfilment> fulfilments,
        @Nullable BigDecimal expectedGoodsTotal,
        @Nullable String remarks,
        @Nullable List<String> coupons) {

    @Creator
    public PlaceOrderCommand {}

    public PlaceOrderCommand(
            @Nullable String idempotencyKey,
            @Nullable List<CartLine> lines,
            @Nullable DeliveryAddress address,
            @Nullable List<ShopFulfilment> fulfilments,
            @Nullable BigDecimal expectedGoodsTotal,
            @Nullable String remarks) {
        this(idempotencyKey, lines, address, fulfilments, expectedGoodsTotal, remarks, null);
    }

    public PlaceOrderCommand(
            @Nullable String idempotencyKey,
            @Nullable List<CartLine> lines,
            @Nullable DeliveryAddress address,
            @Nullable List<ShopFulfilment> fulfilments,
            @Nullable BigDecimal expectedGoodsTotal) {
        this(idempotencyKey, lines, address, fulfilments, expectedGoodsTotal, null);
    }

    public PlaceOrderCommand(
            @Nullable String idempotencyKey, @Nullable List<CartLine> lines, @Nullable DeliveryAddress address) {
        this(idempotencyKey, lines, address, null, null, null);
    }
}
