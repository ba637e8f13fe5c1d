package org.techan.search.internal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.PavilionOpened;
import org.techan.catalog.ProductChanged;
import org.techan.catalog.ProductPublished;
import org.techan.catalog.ProductUnpublished;
import org.techan.catalog.RegionCode;
import org.techan.catalog.ShopChanged;
import org.techan.catalog.StockChanged;
import org.techan.platform.OutboxSubscriber;

/**
 * Catalog events queue the products they touch for indexing. Queueing the same product twice
 * changes nothing, so repeated deliveries need no bookkeeping.
 */
@Factory
class CatalogSubscriptions {

    record Queueing<E>(Class<E> eventType, Function<E, List<Long>> products, IndexQueue queue, Duration delay)
            implements OutboxSubscriber<E> {

        Queueing(Class<E> eventType, Function<E, List<Long>> products, IndexQueue queue) {
            this(eventType, products, queue, Duration.ZERO);
        }

        @Override
        public void on(E event, String eventId) {
            queue.add(products.apply(event), delay);
        }
    }

    @Singleton
    OutboxSubscriber<ProductPublished> onPublished(IndexQueue queue) {
        return new Queueing<>(ProductPublished.class, e -> List.of(e.productId()), queue);
    }

    @Singleton
    OutboxSubscriber<ProductChanged> onChanged(IndexQueue queue) {
        return new Queueing<>(ProductChanged.class, e -> List.of(e.productId()), queue);
    }

    @Singleton
    OutboxSubscriber<ProductUnpublished> onUnpublished(IndexQueue queue) {
        return new Queueing<>(ProductUnpublished.class, e -> List.of(e.productId()), queue);
    }

    @Singleton
    OutboxSubscriber<StockChanged> onStockChanged(
            IndexQueue queue, @Value("${techan.search.indexing.stock-delay:5s}") Duration delay) {
        // A popular product's stock changes with every checkout of a flash sale; waiting a few
        // seconds indexes them all at once instead of reindexing (and refreshing) several times a second.
        return new Queueing<>(StockChanged.class, e -> List.of(e.productId()), queue, delay);
    }

    @Singleton
    OutboxSubscriber<PavilionOpened> onPavilionOpened(IndexQueue queue, CatalogReads catalog) {
        return new Queueing<>(
                PavilionOpened.class, e -> catalog.productIdsForSaleIn(RegionCode.parse(e.regionCode())), queue);
    }

    @Singleton
    OutboxSubscriber<ShopChanged> onShopChanged(IndexQueue queue, CatalogReads catalog) {
        return new Queueing<>(ShopChanged.class, e -> catalog.productIdsOfShop(e.shopSlug()), queue);
    }
}
