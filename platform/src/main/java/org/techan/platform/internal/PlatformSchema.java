package org.techan.platform.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.techan.platform.ModuleSchema;

/** Accounts and sessions: migrated before every business module, which may refer to accounts. */
@Factory
class PlatformSchema {

    @Singleton
    ModuleSchema platformSchema() {
        return new ModuleSchema("platform", 0);
    }
}
