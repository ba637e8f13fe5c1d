package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;

/** An order group was paid: its orders are PAID and their stock sold. */
@Serdeable
public record OrderPaid(String groupNumber) {}
