package org.techan.catalog.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.techan.platform.ModuleSchema;
import org.techan.platform.OutboxTable;

/** The catalog module's tables live in {@code db/migration/catalog} with their own Flyway history. */
@Factory
class CatalogSchema {

    static final OutboxTable OUTBOX = new OutboxTable("catalog_outbox");

    @Singleton
    ModuleSchema catalogSchema() {
        return new ModuleSchema("catalog", 10);
    }

    @Singleton
    OutboxTable catalogOutbox() {
        return OUTBOX;
    }
}
