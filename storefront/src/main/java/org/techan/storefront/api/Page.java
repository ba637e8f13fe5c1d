package org.techan.storefront.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The API's list shape: {@code {"items": [...], "total": n}}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record Page<T>(List<T> items, long total) {

    static <T> Page<T> of(List<T> items) {
        return new Page<>(items, items.size());
    }
}
