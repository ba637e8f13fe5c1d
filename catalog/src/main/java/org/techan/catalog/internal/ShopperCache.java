package org.techan.catalog.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.techan.catalog.CategoryView;
import org.techan.catalog.PageOf;
import org.techan.catalog.PavilionView;
import org.techan.catalog.ProductDetail;
import org.techan.catalog.ProductView;
import org.techan.catalog.RegionView;
import org.techan.catalog.ShopDetail;
import org.techan.catalog.ShopView;

/**
 * What shoppers read most, kept in this replica's memory so a warm page asks the database nothing.
 * A product page is dropped as soon as the catalog change feed brings one of its product's events
 * (a change, stock, a recall), on every replica; a shop's, pavilion's or category's change drops
 * the listings. Listings (shop pages, pavilions, category and in-season shelves) also expire after
 * a few seconds, since a new product anywhere could change them without naming them. Where money
 * is decided (cart, checkout) nothing here is used: those read stock and prices fresh. Each entry's
 * time to live bounds what a late event could leave stale.
 */
@Singleton
class ShopperCache {

    /** A page of some listing: what it lists (a query, a pavilion, a shop), which page, how long. */
    record Page(Object of, int page, int size) {}

    private static final String ALL = "all";

    private final Cache<Long, ProductDetail> products;
    private final Cache<Page, ShopDetail> shopPages;
    private final Cache<Page, PageOf<ProductView>> productLists;
    private final Cache<Page, PageOf<ShopView>> shopLists;
    private final Cache<String, List<ProductView>> picks;
    private final Cache<String, List<PavilionView>> allPavilions;
    private final Cache<String, PavilionView> pavilions;
    private final Cache<String, List<CategoryView>> allCategories;
    private final Cache<String, CategoryView> categories;
    private final Cache<String, List<RegionView>> regionLists;
    private final Cache<String, RegionView> regions;

    ShopperCache(
            @Value("${techan.catalog.cache.product-ttl:60s}") Duration productTtl,
            @Value("${techan.catalog.cache.listing-ttl:5s}") Duration listingTtl,
            @Value("${techan.catalog.cache.region-ttl:5m}") Duration regionTtl) {
        products = expiring(productTtl, 50_000);
        shopPages = expiring(listingTtl, 5_000);
        productLists = expiring(listingTtl, 5_000);
        shopLists = expiring(listingTtl, 1_000);
        picks = expiring(listingTtl, 1_000);
        allPavilions = expiring(listingTtl, 1);
        pavilions = expiring(listingTtl, 1_000);
        allCategories = expiring(listingTtl, 1);
        categories = expiring(listingTtl, 1_000);
        regionLists = expiring(regionTtl, 20_000);
        regions = expiring(regionTtl, 20_000);
    }

    private static <K, V> Cache<K, V> expiring(Duration ttl, long entries) {
        return Caffeine.newBuilder().maximumSize(entries).expireAfterWrite(ttl).build();
    }

    ProductDetail productDetail(long productId, Supplier<ProductDetail> read) {
        return products.get(productId, id -> read.get());
    }

    ShopDetail shopDetail(Page page, Supplier<ShopDetail> read) {
        return shopPages.get(page, key -> read.get());
    }

    PageOf<ProductView> products(Page page, Supplier<PageOf<ProductView>> read) {
        return productLists.get(page, key -> read.get());
    }

    PageOf<ShopView> shops(Page page, Supplier<PageOf<ShopView>> read) {
        return shopLists.get(page, key -> read.get());
    }

    List<ProductView> pavilionPicks(String pavilion, Supplier<List<ProductView>> read) {
        return picks.get(pavilion, key -> read.get());
    }

    List<PavilionView> pavilions(Supplier<List<PavilionView>> read) {
        return allPavilions.get(ALL, key -> read.get());
    }

    PavilionView pavilion(String slug, Supplier<PavilionView> read) {
        return pavilions.get(slug, key -> read.get());
    }

    List<CategoryView> categories(Supplier<List<CategoryView>> read) {
        return allCategories.get(ALL, key -> read.get());
    }

    CategoryView category(String slug, Supplier<CategoryView> read) {
        return categories.get(slug, key -> read.get());
    }

    /** A region's path ("path:" + code) or children ("children:" + code, or of the root). */
    List<RegionView> regions(String which, Supplier<List<RegionView>> read) {
        return regionLists.get(which, key -> read.get());
    }

    RegionView region(String code, Supplier<RegionView> read) {
        return regions.get(code, key -> read.get());
    }

    /** One product changed (content, stock, a recall): its page is read afresh. */
    void productChanged(long productId) {
        products.invalidate(productId);
    }

    /** A shop changed (profile, opened or closed): its pages and every product page are read afresh. */
    void shopChanged() {
        products.invalidateAll();
        listingsChanged();
    }

    /** What lists products changed: a product came or went, pavilions, picks or categories changed. */
    void listingsChanged() {
        shopPages.invalidateAll();
        productLists.invalidateAll();
        shopLists.invalidateAll();
        picks.invalidateAll();
        allPavilions.invalidateAll();
        pavilions.invalidateAll();
        allCategories.invalidateAll();
        categories.invalidateAll();
    }

    /** Regions were added: the region tree is read afresh. */
    void regionsChanged() {
        regionLists.invalidateAll();
        regions.invalidateAll();
    }
}
