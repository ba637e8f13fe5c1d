package org.techan.storefront.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The API's list shape: {@code {"items": [...], "total": n}}. */
@Serdeable
record Page<T>(List<T> items, long total) {

    static <T> Page<T> of(List<T> items) {
        return new Page<>(items, items.size());
    }
}
