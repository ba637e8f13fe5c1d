package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;

/** A shop handed a delivery order to a courier; its tracking number is on the order. */
@Serdeable
public record OrderShipped(String orderNumber, String groupNumber) {}
