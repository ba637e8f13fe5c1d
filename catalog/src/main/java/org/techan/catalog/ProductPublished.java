package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;

/** A product became visible to shoppers. Subscribers read the current state through {@link CatalogApi}. */
@Serdeable
public record ProductPublished(long productId) {}
