package org.techan.wholesale.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.techan.platform.ModuleSchema;

/** The wholesale module's tables live in {@code db/migration/wholesale} with their own Flyway history. */
@Factory
class WholesaleSchema {

    @Singleton
    ModuleSchema wholesaleSchema() {
        return new ModuleSchema("wholesale", 40);
    }
}
