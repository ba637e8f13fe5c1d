package org.techan.orders;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A checkout: the lines to buy, where they go, and a key the client chooses once per checkout so a
 * repeated request (a retry after a timeout) returns the first result instead of buying twice.
 * With {@code expectedTotal} the checkout is refused (409, nothing kept) when prices changed since
 * the client showed that total.
 */
@Serdeable
public record PlaceOrderCommand(
        @Nullable String idempotencyKey,
        @Nullable List<CartLine> lines,
        @Nullable DeliveryAddress address,
        @Nullable BigDecimal expectedTotal) {

    @Creator
    public PlaceOrderCommand {}

    public PlaceOrderCommand(
            @Nullable String idempotencyKey, @Nullable List<CartLine> lines, @Nullable DeliveryAddress address) {
        this(idempotencyKey, lines, address, null);
    }
}
