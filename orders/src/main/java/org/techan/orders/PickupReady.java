package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;

/** An order reached its pickup store and can be collected with its code. */
@Serdeable
public record PickupReady(String orderNumber, String groupNumber) {}
