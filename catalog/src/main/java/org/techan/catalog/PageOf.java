package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of a list that can grow, with the size of the whole list. */
@Serdeable
public record PageOf<T>(List<T> items, long total, int page, int size) {}
