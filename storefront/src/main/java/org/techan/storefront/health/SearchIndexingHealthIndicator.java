package org.techan.storefront.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.techan.search.IndexingLag;
import org.techan.search.RebuildProgress;
import org.techan.search.SearchApi;

/**
 * How far the product index trails the catalog: products waiting to be indexed and the age of the
 * oldest, plus the latest full rebuild. Lag alone is no outage (changes wait safely in MySQL), so
 * this stays UP and the numbers are for alerts and the operators.
 */
@Singleton
class SearchIndexingHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final SearchApi search;

    SearchIndexingHealthIndicator(SearchApi search) {
        this.search = search;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        IndexingLag lag = search.indexingLag();
        RebuildProgress rebuild = search.rebuildProgress();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("waiting", lag.waiting());
        details.put("lagMillis", lag.oldestMillis());
        details.put("rebuild", rebuild.state().name());
        details.put("rebuildPercent", rebuild.percent());
        if (rebuild.liveIndex() != null) {
            details.put("liveIndex", rebuild.liveIndex());
        }
        return details;
    }

    @Override
    protected String getName() {
        return "search-indexing";
    }
}
