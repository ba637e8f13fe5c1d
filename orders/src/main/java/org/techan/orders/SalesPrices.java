package org.techan.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * What SKUs actually sold at: the price history a campaign's struck-through "was" price is checked
 * against (China's price-marking rules take the lowest price of the 7 days before a promotion).
 */
public interface SalesPrices {

    /**
     * The lowest unit price each SKU was bought at in orders placed since {@code since} that were
     * paid (not cancelled before payment); SKUs not bought then are left out.
     */
    Map<Long, BigDecimal> lowestSince(Collection<Long> skuIds, Instant since);
}
