package org.techan.platform.internal;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Connector/J settings the code relies on, whatever URL the operator configures. Without
 * {@code useLocalSessionState} the driver asks the server for the session's read-only flag before
 * every transaction, one more round trip for each; every checkout pays it. Without {@code
 * readOnlyPropagatesToServer=false} every read-only transaction (each page read the cache misses)
 * sends {@code SET SESSION TRANSACTION READ ONLY} before and {@code READ WRITE} after: two round
 * trips for a server-side guard that read-only code does not need. {@code allowMultiQueries}
 * lets {@link org.techan.platform.SqlScript} send several statements in one round trip; every value
 * still goes through a bound parameter. The pool checks a connection that sat idle with the
 * driver's ping, not Micronaut's {@code SELECT 1}: a ping is no statement for the server to parse,
 * and an idle replica borrows a connection every second for its queue watch. {@code cachePrepStmts}
 * keeps each connection's parse of the statements it prepared: a flash sale's combined checkout
 * sends a write script of 20–40 KB per batch, one text per batch size, whose parse took a third of
 * the combining worker's time. Statements over 64 KB are parsed each time; a cached parse holds
 * about twice its text, so the scripts of every batch size come to a few MB per connection.
 */
@Singleton
class ConnectorSettings implements BeanCreatedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        configuration.addDataSourceProperty("useLocalSessionState", "true");
        configuration.addDataSourceProperty("allowMultiQueries", "true");
        configuration.addDataSourceProperty("readOnlyPropagatesToServer", "false");
        configuration.addDataSourceProperty("cachePrepStmts", "true");
        configuration.addDataSourceProperty("prepStmtCacheSize", "250");
        configuration.addDataSourceProperty("prepStmtCacheSqlLimit", "65536");
        configuration.setConnectionTestQuery(null);
        return configuration;
    }
}
