package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;

/** What one line of an order weighed at packing, all its packs together, in grams. */
@Serdeable
public record LineWeight(long skuId, long actualGrams) {}
