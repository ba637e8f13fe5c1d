package org.techan.stripestub.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.techan.platform.ModuleSchema;

/** The stub's own tables, in {@code db/migration/stripe_stub}. */
@Factory
class StubSchema {

    @Singleton
    ModuleSchema stripeStubSchema() {
        return new ModuleSchema("stripe_stub", 90);
    }
}
