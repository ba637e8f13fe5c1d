package org.techan.search;

import org.techan.orders.OrdersApi;

/**
 * Fixture for the boundary test, never part of the application: search code that imports
 * orders, which the module map forbids. The test proves the rules catch it.
 */
public class ReachesIntoOrders {
    public String peek(OrdersApi orders) {
        return orders.toString();
    }
}
