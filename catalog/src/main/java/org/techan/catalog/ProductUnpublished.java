package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;

/** A product is no longer for sale (unpublished by its shop, or its shop closed). Subscribers read the current state through {@link CatalogApi}. */
@Serdeable
public record ProductUnpublished(long productId) {}
