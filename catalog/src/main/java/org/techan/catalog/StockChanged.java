package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;

/** A SKU's available quantity changed: a batch arrived or was recalled, or orders took stock. */
@Serdeable
public record StockChanged(long productId, long skuId) {}
