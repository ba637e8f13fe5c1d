package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;

/** A checkout created an order group awaiting payment. */
@Serdeable
public record OrderPlaced(String groupNumber) {}
