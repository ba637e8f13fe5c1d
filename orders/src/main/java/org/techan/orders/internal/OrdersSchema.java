package org.techan.orders.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.techan.platform.ModuleSchema;
import org.techan.platform.OutboxTable;

/** The orders module's tables live in {@code db/migration/orders} with their own Flyway history. */
@Factory
class OrdersSchema {

    static final OutboxTable OUTBOX = new OutboxTable("orders_outbox");

    @Singleton
    ModuleSchema ordersSchema() {
        return new ModuleSchema("orders", 20);
    }

    @Singleton
    OutboxTable ordersOutbox() {
        return OUTBOX;
    }
}
