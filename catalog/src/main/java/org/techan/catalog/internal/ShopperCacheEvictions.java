package org.techan.catalog.internal;

import jakarta.inject.Singleton;
import org.techan.catalog.BatchRecalled;
import org.techan.catalog.PavilionOpened;
import org.techan.catalog.ProductChanged;
import org.techan.catalog.ProductPublished;
import org.techan.catalog.ProductUnpublished;
import org.techan.catalog.ShopChanged;
import org.techan.catalog.StockChanged;
import org.techan.catalog.StockSold;
import org.techan.platform.OutboxTable;
import org.techan.platform.PublishedHere;

/**
 * Which cached pages a catalog event makes stale. Applied twice to every event: here, as the
 * change is written (so the replica that made it never shows it stale once it has committed), and
 * on every replica when the change feed reads it from the table.
 */
@Singleton
class ShopperCacheEvictions implements PublishedHere {

    private final ShopperCache cache;

    ShopperCacheEvictions(ShopperCache cache) {
        this.cache = cache;
    }

    @Override
    public void published(OutboxTable table, Object event) {
        if (table.equals(CatalogSchema.OUTBOX)) {
            apply(event);
        }
    }

    void apply(Object event) {
        if (event instanceof ProductChanged changed) {
            cache.productChanged(changed.productId());
        } else if (event instanceof ProductPublished published) {
            productListed(published.productId());
        } else if (event instanceof ProductUnpublished unpublished) {
            productListed(unpublished.productId());
        } else if (event instanceof StockChanged stock) {
            cache.productChanged(stock.productId());
        } else if (event instanceof StockSold sold) {
            sold.units().forEach(units -> cache.productChanged(units.productId()));
        } else if (event instanceof BatchRecalled recall) {
            cache.productChanged(recall.productId());
        } else if (event instanceof ShopChanged) {
            cache.shopChanged();
        } else if (event instanceof PavilionOpened) {
            cache.listingsChanged();
        }
        // Other events (a hold running out) change nothing a cached page shows.
    }

    /** A product came on or off sale: its page, and the listings that show it. */
    private void productListed(long productId) {
        cache.productChanged(productId);
        cache.listingsChanged();
    }
}
