package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;

/** Units of a batch sold to one order (its reference), for a recall to find the orders. */
@Serdeable
public record BatchShipment(String reference, int quantity, ReservationStatus status) {}
