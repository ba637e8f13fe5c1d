package org.techan.catalog.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.techan.catalog.PageOf;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductStatus;
import org.techan.catalog.ProductView;
import org.techan.catalog.RegionCode;
import org.techan.platform.Actor;
import org.techan.platform.NotFoundException;
import org.techan.platform.PageBounds;
import org.techan.platform.RuleViolationException;

/**
 * Operators' picks (精选) of a pavilion: products of its region on sale, shown before the
 * region's other products. A pick whose product leaves sale stays recorded but is not shown.
 */
@Singleton
class PavilionPicks {

    static final int MAX_PICKS = 24;

    private final PavilionRepository pavilions;
    private final ProductRepository products;
    private final ShopRepository shops;
    private final ProductListing listing;
    private final ProductViews views;
    private final Access access;

    PavilionPicks(
            PavilionRepository pavilions,
            ProductRepository products,
            ShopRepository shops,
            ProductListing listing,
            ProductViews views,
            Access access) {
        this.pavilions = pavilions;
        this.products = products;
        this.shops = shops;
        this.listing = listing;
        this.views = views;
        this.access = access;
    }

    @Transactional
    public void pick(Actor operator, String pavilionSlug, long productId, int position) {
        access.requireOperator(operator);
        PavilionRow pavilion = pavilion(pavilionSlug);
        ProductRow product = onSale(productId);
        if (!new RegionCode(pavilion.regionCode()).contains(new RegionCode(product.originCode()))) {
            throw new RuleViolationException("pavilion.pick.outside", productId, pavilion.nameZh());
        }
        List<Long> picked = pavilions.pickedProductIds(pavilion.id());
        if (!picked.contains(productId) && picked.size() >= MAX_PICKS) {
            throw new RuleViolationException("pavilion.picks.too-many", MAX_PICKS);
        }
        pavilions.pick(pavilion.id(), productId, position);
    }

    @Transactional
    public void unpick(Actor operator, String pavilionSlug, long productId) {
        access.requireOperator(operator);
        pavilions.unpick(pavilion(pavilionSlug).id(), productId);
    }

    /** The picks shoppers see now, in the operator's order. */
    @Transactional(readOnly = true)
    public List<ProductView> picks(String pavilionSlug) {
        List<Long> ids = pavilions.pickedProductIds(pavilion(pavilionSlug).id());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ProductRow> rows = products.findByIdIn(ids).stream()
                .filter(this::onSale)
                .collect(Collectors.toMap(ProductRow::id, Function.identity()));
        List<ProductRow> ordered =
                ids.stream().filter(rows::containsKey).map(rows::get).toList();
        return views.of(ordered, ProductViews.Audience.SHOPPERS);
    }

    /** Every product of the pavilion's region on sale, picks first. */
    @Transactional(readOnly = true)
    public PageOf<ProductView> products(String pavilionSlug, int page, int size) {
        PageBounds.check(page, size, Input.MAX_PAGE_SIZE);
        PavilionRow pavilion = pavilion(pavilionSlug);
        ProductQuery query = new ProductQuery(null, new RegionCode(pavilion.regionCode()), null);
        ProductListing.Slice slice = listing.find(query, pavilion.id(), page, size);
        return new PageOf<>(views.of(slice.rows(), ProductViews.Audience.SHOPPERS), slice.total(), page, size);
    }

    private ProductRow onSale(long productId) {
        return products.findById(productId)
                .filter(this::onSale)
                .orElseThrow(() -> new RuleViolationException("pavilion.pick.not-on-sale", productId));
    }

    private boolean onSale(ProductRow row) {
        return row.status() == ProductStatus.PUBLISHED
                && shops.findById(row.shopId())
                        .map(shop -> shop.status().isOpen())
                        .orElse(false);
    }

    private PavilionRow pavilion(String slug) {
        return pavilions.findBySlug(slug).orElseThrow(() -> new NotFoundException("pavilion.not-found", slug));
    }
}
