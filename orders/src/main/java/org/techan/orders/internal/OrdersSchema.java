package org.techan.orders.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.techan.platform.ModuleSchema;

/** The orders module's tables live in {@code db/migration/orders} with their own Flyway history. */
@Factory
class OrdersSchema {

    @Singleton
    ModuleSchema ordersSchema() {
        return new ModuleSchema("orders", 20);
    }
}
