package org.techan.search;

import io.micronaut.serde.annotation.Serdeable;

/** How many results a facet value would leave, with the other facets' choices applied. */
@Serdeable
public record FacetCount(String value, long count) {}
