package org.techan.search.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * Units sold per product as a product page shows them ("已售 N"): a count a few seconds old is as
 * good as a fresh one there, and a busy product's page then asks the database for it once every
 * few seconds instead of at every view.
 */
@Singleton
class RecentSales {

    private final SalesCounts sales;
    private final Cache<Long, Long> recent;

    RecentSales(SalesCounts sales, @Value("${techan.search.sales-shown-ttl:5s}") Duration ttl) {
        this.sales = sales;
        this.recent =
                Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(ttl).build();
    }

    long unitsSold(long productId) {
        return recent.get(productId, id -> sales.soldOf(List.of(id)).getOrDefault(id, 0L));
    }
}
