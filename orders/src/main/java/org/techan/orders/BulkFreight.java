package org.techan.orders;

import java.math.BigDecimal;
import java.util.Map;
import org.techan.platform.Actor;

/**
 * What a shop charges to deliver its part of a bulk order, when the module that sells in bulk
 * knows (its freight bands): orders asks every such bean and names none. A shop no bean answers
 * for charges its delivery rule, as for consumers.
 */
public interface BulkFreight {

    /**
     * The freight of each shop's part it knows, by shop slug.
     *
     * @param units each shop's SKUs and units, by shop slug
     */
    Map<String, BigDecimal> freight(Actor buyer, Map<String, Map<Long, Integer>> units);
}
