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
 * is refused and the cart shows the new prices), with the buyer's {@code remarks} for the shops.
 */
@Serdeable
public record CartCheckoutCommand(
        @Nullable String idempotencyKey,
        @Nullable Long addressId,
        @Nullable DeliveryAddress address,
        @Nullable List<ShopFulfilment> fulfilments,
        @Nullable BigDecimal expectedGoodsTotal,
        @Nullable String remarks) {

    @Creator
    public CartCheckoutCommand {}

    public CartCheckoutCommand(
            @Nullable String idempotencyKey,
            @Nullable Long addressId,
            @Nullable DeliveryAddress address,
            @Nullable List<ShopFulfilment> fulfilments,
            @Nullable BigDecimal expectedGoodsTotal) {
        this(idempotencyKey, addressId, address, fulfilments, expectedGoodsTotal, null);
    }
}
