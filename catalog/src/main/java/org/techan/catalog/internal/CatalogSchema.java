package org.techan.catalog.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.techan.platform.ModuleSchema;

/** The catalog module's tables live in {@code db/migration/catalog} with their own Flyway history. */
@Factory
class CatalogSchema {

    @Singleton
    ModuleSchema catalogSchema() {
        return new ModuleSchema("catalog", 10);
    }
}
