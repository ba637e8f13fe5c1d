package org.techan.storefront.startup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.embedded.EmbeddedMariaDb;
import org.techan.embedded.EmbeddedSearchNode;
import org.techan.platform.StubPaymentsRequested;

/**
 * Starts an embedded MariaDB and search node for whatever the environment does not point at, so
 * {@code java -jar} alone runs the marketplace. Everything they store lives under {@code
 * TECHAN_DATA_DIR} (default {@code ./data}).
 */
public final class EmbeddedDefaults implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDefaults.class);

    private final Map<String, Object> properties;
    private final List<AutoCloseable> servers;

    private EmbeddedDefaults(Map<String, Object> properties, List<AutoCloseable> servers) {
        this.properties = properties;
        this.servers = servers;
    }

    public static EmbeddedDefaults startWhatIsNotConfigured(Map<String, String> environment) {
        Path dataDir = Path.of(environment.getOrDefault("TECHAN_DATA_DIR", "data"));
        Map<String, Object> properties = new HashMap<>();
        List<AutoCloseable> servers = new ArrayList<>();
        EmbeddedDefaults defaults = new EmbeddedDefaults(properties, servers);
        try {
            if (isBlank(environment.get("DATASOURCE_URL"))) {
                EmbeddedMariaDb database = EmbeddedMariaDb.start(dataDir.resolve("mariadb"));
                servers.add(database);
                properties.put("datasources.default.url", database.jdbcUrl("techan"));
                properties.put("datasources.default.username", "root");
                properties.put("datasources.default.password", "");
                // A fresh embedded database is somebody trying Techan: give them a marketplace to look at.
                properties.put(
                        "techan.demo-data.enabled", !"false".equalsIgnoreCase(environment.get("TECHAN_DEMO_DATA")));
                // Only this machine reaches its embedded database, so the README's demo passwords may open it.
                properties.put("techan.demo-data.published-passwords", true);
                // ... and test payments, unless a Stripe key or TECHAN_PAYMENTS says otherwise.
                if (isBlank(environment.get("TECHAN_PAYMENTS"))) {
                    properties.put(StubPaymentsRequested.PROPERTY, StubPaymentsRequested.STUB);
                }
            }
            if (isBlank(environment.get("ELASTICSEARCH_URL"))) {
                EmbeddedSearchNode node = EmbeddedSearchNode.start(
                        dataDir.resolve("elasticsearch"),
                        ProcessHandle.current().pid());
                servers.add(node);
                properties.put("elasticsearch.url", node.url());
                properties.put("elasticsearch.embedded-node", true);
            }
        } catch (RuntimeException e) {
            defaults.close();
            throw e;
        }
        return defaults;
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    @Override
    public synchronized void close() {
        for (int i = servers.size() - 1; i >= 0; i--) {
            try {
                servers.get(i).close();
            } catch (Exception e) {
                LOG.warn("Could not stop an embedded server", e);
            }
        }
        servers.clear();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
