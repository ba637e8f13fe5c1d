package org.techan.promotions.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.techan.platform.ModuleSql;

/** The promotions module's statements, one at a time on the current transaction's connection. */
@Singleton
class PromotionsSql extends ModuleSql {

    PromotionsSql(JdbcOperations jdbc) {
        super(jdbc, "Promotions");
    }
}
