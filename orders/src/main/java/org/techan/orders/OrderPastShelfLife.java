package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Fresh goods held for an order passed their shelf life before its payment arrived, and no
 * fresher batch could stand in: the order was cancelled and is paid back in full.
 */
@Serdeable
public record OrderPastShelfLife(String orderNumber, String groupNumber) {}
