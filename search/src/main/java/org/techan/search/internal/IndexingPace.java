package org.techan.search.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.techan.platform.WatchedQueue;

/** How often the indexer looks at its queue: often while products come, rarely while none do; woken by a queueing here. */
@Singleton
class IndexingPace extends WatchedQueue {

    IndexingPace(
            @Value("${techan.search.indexing.poll-interval:200ms}") Duration fastest,
            @Value("${techan.search.indexing.idle-poll-interval:5m}") Duration slowest) {
        super(fastest, slowest);
    }

    @Override
    public String workDueQuery() {
        return "SELECT 1 FROM search_index_queue WHERE next_attempt_at <= CURRENT_TIMESTAMP(3) LIMIT 1";
    }
}
