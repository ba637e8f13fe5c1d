package org.techan.search.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.techan.platform.ModuleSchema;

/** The search module's tables live in {@code db/migration/search} with their own Flyway history. */
@Factory
class SearchSchema {

    @Singleton
    ModuleSchema searchSchema() {
        return new ModuleSchema("search", 30);
    }
}
