package org.techan.search;

import io.micronaut.serde.annotation.Serdeable;

/** The synonyms file search reads, and how many groups of it are in use. */
@Serdeable
public record SynonymsInUse(String file, int groups) {}
