package org.techan.storefront.health;

import io.micronaut.context.annotation.Value;
import io.micronaut.health.HealthStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.RestClient;
import org.techan.platform.SearchEngineCircuit;

/**
 * UP while the search cluster answers and is green or yellow (a single node is always yellow).
 * Reads {@code _cluster/health} through the low-level client: its few fields are the same on
 * every version, where the typed 8.x response insists on fields 7.x never sends.
 */
@Singleton
class SearchEngineHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final RestClient client;
    private final JsonMapper json;
    private final SearchEngineCircuit circuit;
    private final RequestOptions quick;

    SearchEngineHealthIndicator(
            RestClient client,
            JsonMapper json,
            SearchEngineCircuit circuit,
            @Value("${techan.health.search-timeout:1s}") Duration timeout) {
        this.client = client;
        this.json = json;
        this.circuit = circuit;
        // /health must answer within a load balancer's patience even when the engine hangs.
        this.quick = RequestOptions.DEFAULT.toBuilder()
                .setRequestConfig(RequestConfig.custom()
                        .setConnectTimeout((int) timeout.toMillis())
                        .setSocketTimeout((int) timeout.toMillis())
                        .build())
                .build();
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        if (circuit.isOpen()) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("circuit", circuit.state());
        }
        Optional<ClusterHealth> health = circuit.call(() -> {
            Request request = new Request("GET", "/_cluster/health");
            request.setOptions(quick);
            var response = client.performRequest(request);
            return json.readValue(response.getEntity().getContent().readAllBytes(), ClusterHealth.class);
        });
        if (health.isEmpty()) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("circuit", circuit.state(), "error", "unreachable or timed out");
        }
        healthStatus = "red".equals(health.get().status()) ? HealthStatus.DOWN : HealthStatus.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("cluster", health.get().cluster_name());
        details.put("status", health.get().status());
        details.put("nodes", health.get().number_of_nodes());
        details.put("circuit", circuit.state());
        return details;
    }

    @Override
    protected String getName() {
        return "search-engine";
    }

    @Serdeable
    record ClusterHealth(String cluster_name, String status, int number_of_nodes) {}
}
