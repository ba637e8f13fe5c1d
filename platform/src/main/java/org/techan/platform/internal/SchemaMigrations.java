package org.techan.platform.internal;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.ModuleSchema;

/** Migrates every module's schema as soon as the data source exists, before any repository uses it. */
@Singleton
class SchemaMigrations implements BeanCreatedEventListener<DataSource> {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private final BeanProvider<ModuleSchema> schemas;
    private final DataSourceResolver dataSources;

    SchemaMigrations(BeanProvider<ModuleSchema> schemas, DataSourceResolver dataSources) {
        this.schemas = schemas;
        this.dataSources = dataSources;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        // Micronaut Data may already have wrapped the pool in a connection-context proxy, whose
        // connections need beans that depend on this very DataSource: migrate on the raw pool.
        DataSource dataSource = dataSources.resolve(event.getBean());
        schemas.stream()
                .sorted(Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::name))
                .forEach(schema -> migrate(dataSource, schema));
        return event.getBean();
    }

    private static void migrate(DataSource dataSource, ModuleSchema schema) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(schema.location())
                .table(schema.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(
                "Schema {}: {} migration(s) applied, now at version {}",
                schema.name(),
                applied,
                flyway.info().current().getVersion());
    }
}
