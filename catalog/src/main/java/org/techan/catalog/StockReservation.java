package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** Stock held for one order, with the batches its units come from. */
@Serdeable
public record StockReservation(
        String reference, ReservationStatus status, Instant expiresAt, List<Allocation> allocations) {

    /** So many units of a SKU from one batch, named by its trace code. */
    @Serdeable
    public record Allocation(long skuId, String traceCode, int quantity) {}
}
