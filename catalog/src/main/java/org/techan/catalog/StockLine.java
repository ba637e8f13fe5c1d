package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;

/** So many units of one SKU. */
@Serdeable
public record StockLine(long skuId, int quantity) {}
