package org.techan.platform.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.techan.platform.IdleBackoff;

/** How often the outbox relay looks: often while events come, rarely while none do; woken by a publish here. */
@Singleton
class OutboxPace {

    private final IdleBackoff backoff;

    OutboxPace(
            @Value("${techan.outbox.poll-interval:250ms}") Duration fastest,
            @Value("${techan.outbox.idle-poll-interval:2s}") Duration slowest) {
        this.backoff = new IdleBackoff(fastest, slowest);
    }

    IdleBackoff backoff() {
        return backoff;
    }
}
