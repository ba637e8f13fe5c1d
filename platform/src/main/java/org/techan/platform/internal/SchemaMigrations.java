package org.techan.platform.internal;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
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

    SchemaMigrations(BeanProvider<ModuleSchema> schemas) {
        this.schemas = schemas;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        schemas.stream()
                .sorted(Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::name))
                .forEach(schema -> migrate(dataSource, schema));
        return dataSource;
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
