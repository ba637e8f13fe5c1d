package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;

/** A published product's details or SKUs changed. Subscribers read the current state through {@link CatalogApi}. */
@Serdeable
public record ProductChanged(long productId) {}
