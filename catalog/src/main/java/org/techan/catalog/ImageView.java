package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A product photo: keys of the original and its thumbnail, served from {@code /media/{key}}. The
 * first photo is the product's cover (主图).
 */
@Serdeable
public record ImageView(long id, String mediaKey, String thumbnailKey) {}
