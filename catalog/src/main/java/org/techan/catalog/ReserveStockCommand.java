package org.techan.catalog;

import java.time.Duration;
import java.util.List;

/**
 * Holds stock for an order until it is paid: {@code reference} names the order (unique), and the
 * units go back on sale by themselves once {@code hold} has passed unless committed first.
 */
public record ReserveStockCommand(String reference, List<StockLine> lines, Duration hold) {

    /** How long stock waits for payment unless the caller says otherwise. */
    public static final Duration DEFAULT_HOLD = Duration.ofMinutes(15);
}
