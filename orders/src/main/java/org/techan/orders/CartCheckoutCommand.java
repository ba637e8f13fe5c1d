package org.techan.orders;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Checks out the consumer's cart: to a saved address ({@code addressId}) or a new one (kept in
 * the address book), each shop delivered or collected as {@code fulfilments} say, at the goods
 * total the consumer was shown ({@code expectedGoodsTotal}; if prices moved since, the checkout
 * is refused and the cart shows the new prices), with the buyer's {@code remarks} for the shops
 * and the {@code coupons} chosen (none given: the best the buyer holds; empty: none).
 */
@Serdeable
public record CartCheckoutCommand(
        @Nullable String idempotencyKey,
        @Nullable Long addressId,
        @Nullable DeliveryAddress address,
        @Nullable List<ShopFulfilment> fulfilments,
        @Nullable BigDecimal expectedGoodsTotal,
        @Nullable String remarks,
        @Nullable List<String> coupons) {

    @Creator
    public CartCheckoutCommand {}

    public CartCheckoutCommand(
            @Nullable String idempotencyKey,
            @Nullable Long addressId,
            @Nullable DeliveryAddress address,
            @Nullable List<ShopFulfilment> fulfilments,
            @Nullable BigDecimal expectedGoodsTotal,
            @Nullable String remarks) {
        this(idempotencyKey, addressId, address, fulfilments, expectedGoodsTotal, remarks, null);
    }

    public CartCheckoutCommand(
            @Nullable String idempotencyKey,
            @Nullable Long addressId,
            @Nullable DeliveryAddress address,
            @Nullable List<ShopFulfilment> fulfilments,
            @Nullable BigDecimal expectedGoodsTotal) {
        this(idempotencyKey, addressId, address, fulfilments, expectedGoodsTotal, null);
    }
}
