package org.techan.catalog.internal;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.techan.catalog.ProductDetail;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductView;
import org.techan.catalog.RegionCode;
import org.techan.catalog.ShopDetail;
import org.techan.catalog.ShopView;

/** What a product or a shop page shows, each read in one read-only transaction when not in the cache. */
@Singleton
class PageReads {

    private final Regions regions;
    private final Categories categories;
    private final Shops shops;
    private final Products products;

    PageReads(Regions regions, Categories categories, Shops shops, Products products) {
        this.regions = regions;
        this.categories = categories;
        this.shops = shops;
        this.products = products;
    }

    /** In autocommit: a transaction's three extra round trips buy no consistency a page needs. */
    @Connectable
    public ProductDetail productDetail(long productId) {
        ProductView product = products.published(productId);
        return new ProductDetail(
                product, regions.path(new RegionCode(product.originCode())), categories.get(product.categorySlug()));
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
