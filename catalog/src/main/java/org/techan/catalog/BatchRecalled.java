package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;

/** An operator recalled a batch; orders that received it must be found and their buyers told. */
@Serdeable
public record BatchRecalled(String traceCode, long productId, long skuId) {}
