package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;

/** So many units of one SKU in a cart or checkout. */
@Serdeable
public record CartLine(long skuId, int quantity) {}
