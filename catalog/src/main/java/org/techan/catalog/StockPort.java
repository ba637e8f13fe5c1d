package org.techan.catalog;

import java.util.Collection;
import java.util.List;

/**
 * The catalog's stock, as orders uses it: what the SKUs a cart or checkout buys cost and hold, and
 * the reservation of their units from checkout to payment. Every call joins the caller's
 * transaction.
 */
public interface StockPort {

    /** The SKUs among {@code skuIds} with what a cart needs of them; unknown ids are left out. */
    List<SkuOnSale> skusForSale(Collection<Long> skuIds);

    /**
     * Holds stock for several orders at once: every reservation or none, in the order given. Units
     * come off sale at once (no two checkouts can sell the same unit) and are taken from batches
     * first-harvested-first-out; they go back on sale after the hold unless committed. Demand is
     * summed per SKU, so a popular SKU's row is decremented once for all of them.
     *
     * @throws org.techan.platform.ConflictException if a SKU has too few units for all of them
     *     together, or a reference is taken
     * @throws org.techan.platform.RuleViolationException for bad quantities or a product not on sale
     * @throws org.techan.platform.NotFoundException for an unknown SKU
     */
    List<StockReservation> reserve(List<ReserveStockCommand> commands);

    /** Puts a reservation's units back on sale (cancelled or failed payment); twice is once. */
    StockReservation release(String reference);

    /**
     * Sells a reservation's units to its paid order, recording the destination (city or finer
     * region code) for the batches' public trace; twice is once.
     *
     * Answers status {@link ReservationStatus#RECALLED}, nothing sold and its other units back on
     * sale, when a batch it held was recalled and the SKU's other batches cannot stand in.
     *
     * @throws org.techan.platform.ConflictException if it was released or expired first
     */
    StockReservation commit(String reference, RegionCode destination);

    /**
     * A reservation as it stands, with the batches its units come from.
     *
     * @throws org.techan.platform.NotFoundException for an unknown reference
     */
    StockReservation reservation(String reference);
}
