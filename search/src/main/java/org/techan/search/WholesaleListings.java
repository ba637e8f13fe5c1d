package org.techan.search;

import java.util.Collection;
import java.util.Map;

/**
 * What the index holds of products' wholesale offers, asked of the module that keeps them: it plugs
 * in a bean, as promotions do ({@link ProductPromotions}), so search names none of its classes.
 * Without such a bean no product is offered wholesale. That module queues the products a change
 * touches ({@link SearchApi#queueForIndexing}) in the transaction that makes the change.
 */
public interface WholesaleListings {

    /** The products among {@code productIds} that some SKU of is offered wholesale, by id. */
    Map<Long, WholesaleListing> of(Collection<Long> productIds);
}
