package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;

/** Stock held for an order went back on sale because it was not paid in time. */
@Serdeable
public record ReservationExpired(String reference) {}
