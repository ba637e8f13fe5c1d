package org.techan.platform;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** A schema only the platform's tests declare, to watch the migration mechanism work. */
@Factory
class ProbeSchema {

    static final OutboxTable OUTBOX = new OutboxTable("platform_probe_outbox");

    @Singleton
    OutboxTable probeOutbox() {
        return OUTBOX;
    }

    @Singleton
    ModuleSchema probe() {
        return new ModuleSchema("platform_probe", 1);
    }
}
