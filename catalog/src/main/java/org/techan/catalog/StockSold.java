package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Held units were sold: an order was paid and committed its reservation. Published once per
 * reservation, in the transaction that commits it, so sales can be counted without asking orders.
 */
@Serdeable
public record StockSold(String reservation, List<Units> units) {

    public StockSold {
        units = List.copyOf(units);
    }

    /** Units of one SKU of one product that the reservation sold. */
    @Serdeable
    public record Units(long productId, long skuId, int quantity) {}
}
