package org.techan.promotions.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.techan.platform.ModuleSchema;

/** The seasonal-promotions module's tables live in {@code db/migration/promotions} with their own Flyway history. */
@Factory
class PromotionsSchema {

    @Singleton
    ModuleSchema promotionsSchema() {
        return new ModuleSchema("promotions", 30);
    }
}
