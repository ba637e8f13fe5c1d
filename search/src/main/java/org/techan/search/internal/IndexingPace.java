package org.techan.search.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.techan.platform.IdleBackoff;

/** How often the indexer looks at its queue: often while products come, rarely while none do; woken by a queueing here. */
@Singleton
class IndexingPace {

    private final IdleBackoff backoff;

    IndexingPace(
            @Value("${techan.search.indexing.poll-interval:200ms}") Duration fastest,
            @Value("${techan.search.indexing.idle-poll-interval:2s}") Duration slowest) {
        this.backoff = new IdleBackoff(fastest, slowest);
    }

    IdleBackoff backoff() {
        return backoff;
    }
}
