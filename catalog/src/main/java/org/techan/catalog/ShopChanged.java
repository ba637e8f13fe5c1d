package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A shop's status or public profile changed, so each of its products may have appeared,
 * disappeared or changed for shoppers. Subscribers read the current state through {@link CatalogApi}.
 */
@Serdeable
public record ShopChanged(String shopSlug) {}
