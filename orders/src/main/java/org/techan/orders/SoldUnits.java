package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;

/** How many units of a product one paid checkout bought: what best-selling counts. */
@Serdeable
public record SoldUnits(long productId, int quantity) {}
