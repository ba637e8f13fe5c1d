package org.techan.catalog.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.IdleBackoff;

/**
 * Reads the catalog events written since the last look, by any replica, and drops the cached pages
 * they make stale. Reads in autocommit on a connection of its own; claims nothing, so every replica
 * reads every event. At start it skips to the newest event: nothing was cached before.
 */
@Singleton
@Requires(property = "techan.catalog.change-feed.enabled", notEquals = "false")
class CatalogChangeReader {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogChangeReader.class);
    private static final int BATCH = 1_000;

    private final CatalogChangeFeed feed;
    private final ShopperCacheEvictions evictions;
    private final ShopperCache cache;
    private final JsonMapper json;
    private final DataSource dataSource;
    private final IdleBackoff pace;

    CatalogChangeReader(
            CatalogChangeFeed feed,
            ShopperCacheEvictions evictions,
            ShopperCache cache,
            JsonMapper json,
            DataSource dataSource,
            DataSourceResolver resolver) {
        this.feed = feed;
        this.evictions = evictions;
        this.cache = cache;
        this.json = json;
        this.dataSource = resolver.resolve(dataSource);
        this.pace = feed.pace();
    }

    @Scheduled(
            fixedDelay = "${techan.catalog.change-feed.poll-interval:250ms}",
            initialDelay = "${techan.catalog.change-feed.poll-interval:250ms}")
    void read() {
        pace.lookIfDue(this::readNew);
    }

    private boolean readNew() {
        try (Connection connection = dataSource.getConnection()) {
            if (feed.lastRead() == CatalogChangeFeed.NOT_STARTED) {
                start(connection);
                return false;
            }
            int read;
            boolean any = false;
            do {
                read = readBatch(connection);
                any |= read > 0;
            } while (read == BATCH);
            return any;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Cannot read the catalog's changes; cached pages expire on their own meanwhile", e);
            return true;
        }
    }

    private void start(Connection connection) throws SQLException {
        try (PreparedStatement newest = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM catalog_outbox");
                ResultSet row = newest.executeQuery()) {
            row.next();
            feed.read(row.getLong(1));
        }
        cache.shopChanged();
        cache.regionsChanged();
    }

    private int readBatch(Connection connection) throws SQLException {
        int count = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, event_type, payload FROM catalog_outbox WHERE id > ? ORDER BY id LIMIT " + BATCH)) {
            select.setLong(1, feed.lastRead());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    count++;
                    apply(rows.getString(2), rows.getString(3));
                    feed.read(rows.getLong(1));
                }
            }
        }
        return count;
    }

    private void apply(String type, String payload) {
        if (!type.startsWith("org.techan.catalog.")) {
            return;
        }
        try {
            evictions.apply(json.readValue(payload, Class.forName(type)));
        } catch (ClassNotFoundException | IOException e) {
            // An event type this version does not know (a newer replica's): drop what it might touch.
            cache.shopChanged();
        }
    }
}
