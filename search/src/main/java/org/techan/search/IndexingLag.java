package org.techan.search;

import io.micronaut.serde.annotation.Serdeable;

/** Products whose latest change is not searchable yet, and how long the oldest has waited. */
@Serdeable
public record IndexingLag(long waiting, long oldestMillis) {}
