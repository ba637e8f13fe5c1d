package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;

/** A product photo: keys of the original and its thumbnail, served from {@code /media/{key}}. */
@Serdeable
public record ImageView(String mediaKey, String thumbnailKey) {}
