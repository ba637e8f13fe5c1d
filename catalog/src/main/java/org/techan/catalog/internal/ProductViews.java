package org.techan.catalog.internal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.techan.catalog.BatchView;
import org.techan.catalog.BrandView;
import org.techan.catalog.CertificateStatus;
import org.techan.catalog.CertificateView;
import org.techan.catalog.ImageView;
import org.techan.catalog.ProductView;
import org.techan.catalog.SkuView;
import org.techan.platform.MarketCalendar;

/** Turns product rows into views with their shop, category and SKUs, in three queries per page. */
@Singleton
class ProductViews {

    private final ShopRepository shops;
    private final CategoryRepository categories;
    private final SkuRepository skus;
    private final BatchRepository batches;
    private final CertificateRepository certificates;
    private final Brands brands;
    private final ImageRepository images;
    private final Clock clock;

    ProductViews(
            ShopRepository shops,
            CategoryRepository categories,
            SkuRepository skus,
            BatchRepository batches,
            CertificateRepository certificates,
            Brands brands,
            ImageRepository images,
            Clock clock) {
        this.shops = shops;
        this.categories = categories;
        this.skus = skus;
        this.batches = batches;
        this.certificates = certificates;
        this.brands = brands;
        this.images = images;
        this.clock = clock;
    }

    /** Who reads: shoppers see only verified certificates; the shop and operators see all. */
    enum Audience {
        SHOPPERS,
        STAFF
    }

    ProductView of(ProductRow row) {
        return of(List.of(row), Audience.STAFF).get(0);
    }

    ProductView of(ProductRow row, Audience audience) {
        return of(List.of(row), audience).get(0);
    }

    /** The product with its shop, read already. */
    ProductView of(ProductRow row, ShopRow shop, Audience audience) {
        return of(List.of(row), audience, Map.of(shop.id(), shop)).get(0);
    }

    List<ProductView> of(List<ProductRow> rows, Audience audience) {
        return of(rows, audience, Map.of());
    }

    private List<ProductView> of(List<ProductRow> rows, Audience audience, Map<Long, ShopRow> known) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, ShopRow> shopsById = new java.util.HashMap<>(known);
        List<Long> unknownShops = rows.stream()
                .map(ProductRow::shopId)
                .distinct()
                .filter(id -> !known.containsKey(id))
                .toList();
        if (!unknownShops.isEmpty()) {
            shops.findByIdIn(unknownShops).forEach(shop -> shopsById.put(shop.id(), shop));
        }
        Map<Long, String> categorySlugs = categories.findAllOrderByPosition().stream()
                .collect(Collectors.toMap(CategoryRow::id, CategoryRow::slug));
        Map<Long, List<SkuView>> skusByProduct =
                skus
                        .findByProductIdInOrderByPosition(
                                rows.stream().map(ProductRow::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                SkuRow::productId, Collectors.mapping(SkuRow::view, Collectors.toList())));
        Map<Long, List<BatchView>> batchesByProduct =
                batches
                        .findByProductIdInOrderByHarvestDateDesc(
                                rows.stream().map(ProductRow::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                BatchRow::productId, Collectors.mapping(BatchRow::view, Collectors.toList())));
        LocalDate today = MarketCalendar.today(clock);
        Map<Long, List<CertificateView>> certificatesByProduct =
                certificates
                        .findByProductIdInOrderByKind(
                                rows.stream().map(ProductRow::id).toList())
                        .stream()
                        .filter(row -> audience == Audience.STAFF || row.status() == CertificateStatus.VERIFIED)
                        .collect(Collectors.groupingBy(
                                CertificateRow::productId,
                                Collectors.mapping(row -> row.view(today), Collectors.toList())));
        Map<Long, BrandView> brandsShown = brands.shownFor(rows);
        Map<Long, List<ImageView>> imagesByProduct =
                images
                        .findByProductIdInOrderByPosition(
                                rows.stream().map(ProductRow::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                ImageRow::productId, Collectors.mapping(ImageRow::view, Collectors.toList())));
        List<ProductView> views = new ArrayList<>(rows.size());
        for (ProductRow row : rows) {
            ShopRow shop = shopsById.get(row.shopId());
            views.add(new ProductView(
                    row.id(),
                    shop.slug(),
                    shop.nameZh(),
                    shop.nameEn(),
                    categorySlugs.get(row.categoryId()),
                    row.titleZh(),
                    row.titleEn(),
                    row.descriptionZh(),
                    row.descriptionEn(),
                    row.originCode(),
                    row.temperature(),
                    row.shelfLifeDays(),
                    HarvestMonths.toList(row.harvestMonths()),
                    row.povertyRelief(),
                    row.status(),
                    skusByProduct.getOrDefault(row.id(), List.of()),
                    batchesByProduct.getOrDefault(row.id(), List.of()),
                    certificatesByProduct.getOrDefault(row.id(), List.of()),
                    brandsShown.get(row.id()),
                    imagesByProduct.getOrDefault(row.id(), List.of())));
        }
        return views;
    }
}
