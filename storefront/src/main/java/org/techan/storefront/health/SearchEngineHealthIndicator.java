package org.techan.storefront.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * UP while the search cluster answers and is green or yellow (a single node is always yellow).
 * Reads {@code _cluster/health} through the low-level client: its few fields are the same on
 * every version, where the typed 8.x response insists on fields 7.x never sends.
 */
@Singleton
class SearchEngineHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final RestClient client;
    private final JsonMapper json;

    SearchEngineHealthIndicator(RestClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        try {
            var response = client.performRequest(new Request("GET", "/_cluster/health"));
            ClusterHealth health =
                    json.readValue(response.getEntity().getContent().readAllBytes(), ClusterHealth.class);
            healthStatus = "red".equals(health.status()) ? HealthStatus.DOWN : HealthStatus.UP;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("cluster", health.cluster_name());
            details.put("status", health.status());
            details.put("nodes", health.number_of_nodes());
            return details;
        } catch (IOException | RuntimeException e) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("error", String.valueOf(e.getMessage()));
        }
    }

    @Override
    protected String getName() {
        return "search-engine";
    }

    @Serdeable
    record ClusterHealth(String cluster_name, String status, int number_of_nodes) {}
}
