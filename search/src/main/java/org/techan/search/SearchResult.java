package org.techan.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of results. {@code fallback} says the engine could not be reached and the catalog
 * answered with a simple match and no facets; {@code didYouMean} is set when nothing matched as
 * typed and the items are what a looser reading (same-sounding characters, typos) found.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SearchResult(
        List<SearchHit> items,
        long total,
        Facets facets,
        int page,
        int size,
        boolean fallback,
        @Nullable String didYouMean) {}
