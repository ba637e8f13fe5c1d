package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;

/** An order was cancelled before payment (by its buyer, or because nobody paid in time). */
@Serdeable
public record OrderCancelled(String orderNumber, String groupNumber) {}
