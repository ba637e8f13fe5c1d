package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;

/** A line of the order an after-sale request is about, and how many of its units. */
@Serdeable
public record AfterSaleLine(long skuId, int quantity) {}
