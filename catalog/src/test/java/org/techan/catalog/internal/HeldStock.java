package org.techan.catalog.internal;

import jakarta.inject.Singleton;
import org.techan.catalog.ReserveStockCommand;
import org.techan.catalog.StockReservation;

/**
 * Test fixture, shared with the tests of every module through catalog's test jar: holds one
 * order's stock and reads back what a reservation holds, which no production caller needs.
 */
@Singleton
public class HeldStock {

    private final Inventory inventory;

    HeldStock(Inventory inventory) {
        this.inventory = inventory;
    }

    /** Holds stock for one order, as {@link org.techan.catalog.StockPort#reserve} would. */
    public StockReservation reserve(ReserveStockCommand command) {
        return inventory.reserve(command);
    }

    /**
     * What the reservation holds now, batch by batch.
     *
     * @throws org.techan.platform.NotFoundException for an unknown reference
     */
    public StockReservation of(String reference) {
        return inventory.view(reference);
    }
}
