package org.techan.wholesale.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.techan.platform.ModuleSql;

/** The wholesale module's statements, one at a time on the current transaction's connection. */
@Singleton
class WholesaleSql extends ModuleSql {

    WholesaleSql(JdbcOperations jdbc) {
        super(jdbc, "Wholesale");
    }
}
