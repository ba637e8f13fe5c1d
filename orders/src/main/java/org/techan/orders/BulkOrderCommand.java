package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A business buyer's order of many lines in bulk, one order per shop, delivered to the address
 * ({@code fulfilment} null or {@link Fulfilment#DELIVERY}), or collected by the buyer at each
 * shop's producing base ({@link Fulfilment#COLLECTION}: no freight; the address is the buyer's).
 * The module that sells in bulk has checked each line against its own rules (minimums, steps):
 * the consumer's purchase rules (per order and per person) do not apply. As for a consumer's
 * checkout, the key makes a repeated request answer the first group, and {@code
 * expectedGoodsTotal} refuses it when prices changed since the buyer saw them.
 */
@Serdeable
public record BulkOrderCommand(
        @Nullable String idempotencyKey,
        @Nullable List<CartLine> lines,
        @Nullable DeliveryAddress address,
        @Nullable BusinessTerms terms,
        @Nullable BigDecimal expectedGoodsTotal,
        @Nullable String remarks,
        @Nullable Fulfilment fulfilment) {}
