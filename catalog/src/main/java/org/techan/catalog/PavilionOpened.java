package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;

/** A pavilion opened for a region: the products already on sale there now belong to it too. */
@Serdeable
public record PavilionOpened(String slug, String regionCode) {}
