package org.techan.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * What the index holds of products' part in festivals, asked of the module that runs campaigns: it
 * plugs in a bean, as pricing steps plug into orders, so search names none of its classes. Without
 * such a bean no product takes part in any. That module queues the products a change touches
 * ({@link SearchApi#queueForIndexing}) in the transaction that makes the change.
 */
public interface ProductPromotions {

    /** The products among {@code productIds} that take part in a festival on {@code day}, by id. */
    Map<Long, ProductPromotion> of(Collection<Long> productIds, LocalDate day);
}
