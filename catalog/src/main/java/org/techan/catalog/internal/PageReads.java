package org.techan.catalog.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.RegionCode;
import org.techan.catalog.ShopDetail;
import org.techan.catalog.ShopView;

/** What a shop page shows, read in one read-only transaction when not in the cache. */
@Singleton
class PageReads {

    private final Regions regions;
    private final Shops shops;
    private final Products products;

    PageReads(Regions regions, Shops shops, Products products) {
        this.regions = regions;
        this.shops = shops;
        this.products = products;
    }

    @Transactional(readOnly = true)
    public ShopDetail shopDetail(String slug, int page, int size) {
        ShopView shop = shops.getOpen(slug);
        return new ShopDetail(
                shop,
                regions.path(new RegionCode(shop.villageCode())),
                products.published(new ProductQuery(null, null, shop.slug()), page, size));
    }
}
