package org.techan.search.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.techan.search.SearchQuery;
import org.techan.search.SearchResult;

/**
 * Answers asked again within a few seconds, as listings may be ("李干" is asked by many shoppers
 * at once in a sale; the engine answers it once every few seconds instead of at every page).
 * Whatever this replica writes to the index, and a reload of the synonyms, make every answer kept
 * here stale at once; another replica's writes show within the time to live.
 */
@Singleton
class RecentResults {

    /** A query as asked on a day of the index's life: a new generation begins at every index change. */
    private record Asked(SearchQuery query, LocalDate today, long generation) {}

    /** A search the engine runs. */
    @FunctionalInterface
    interface EngineSearch {
        SearchResult run() throws IOException;
    }

    private final Cache<Asked, SearchResult> recent;
    private final AtomicLong generation = new AtomicLong();

    RecentResults(@Value("${techan.search.results-ttl:3s}") Duration ttl) {
        this.recent =
                Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
    }

    /**
     * The answer kept for the query, or the engine's, then kept. An answer begun before an index
     * change is kept under the generation it began in, where nobody looks for it any more.
     */
    SearchResult answer(SearchQuery query, LocalDate today, EngineSearch engine) throws IOException {
        Asked asked = new Asked(query, today, generation.get());
        try {
            // Shoppers asking the same at once wait for the one engine search under way.
            return recent.get(asked, key -> {
                try {
                    return engine.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The index or the synonyms changed: no answer given before may be given again. */
    void forgetAll() {
        generation.incrementAndGet();
        recent.invalidateAll();
    }
}
