package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A checkout: the lines to buy, where they go, and a key the client chooses once per checkout so a
 * repeated request (a retry after a timeout) returns the first result instead of buying twice.
 */
@Serdeable
public record PlaceOrderCommand(
        @Nullable String idempotencyKey, @Nullable List<CartLine> lines, @Nullable DeliveryAddress address) {}
