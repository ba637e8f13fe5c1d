package org.techan.search.internal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.CategoryView;
import org.techan.catalog.CertificateView;
import org.techan.catalog.ImageView;
import org.techan.catalog.PavilionView;
import org.techan.catalog.ProductView;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;
import org.techan.catalog.SkuView;
import org.techan.catalog.TemperatureClass;
import org.techan.platform.MarketCalendar;
import org.techan.search.CampaignBadge;
import org.techan.search.ProductPromotion;
import org.techan.search.ProductPromotions;
import org.techan.search.WholesaleListing;
import org.techan.search.WholesaleListings;

/**
 * Flattens catalog views into index documents, reading names of regions, categories and pavilions
 * once per batch, and what the promotions plugged in say of the batch's part in festivals.
 */
@Singleton
class ProductDocuments {

    /**
     * Fresh produce that community stores hand over (网订店取): anything kept chilled or frozen, or
     * with a shelf life of a month or less.
     */
    static final int FRESH_SHELF_LIFE_DAYS = 30;

    private static final ProductPromotion NOT_PROMOTED = new ProductPromotion(List.of(), null);

    private final CatalogReads catalog;
    private final SalesCounts sales;
    private final List<ProductPromotions> promotions;
    private final List<WholesaleListings> wholesale;
    private final Clock clock;
    private final Map<String, List<RegionView>> regionPaths = new ConcurrentHashMap<>();

    ProductDocuments(
            CatalogReads catalog,
            SalesCounts sales,
            List<ProductPromotions> promotions,
            List<WholesaleListings> wholesale,
            Clock clock) {
        this.catalog = catalog;
        this.sales = sales;
        this.promotions = promotions;
        this.wholesale = wholesale;
        this.clock = clock;
    }

    /** Documents for {@code products}, in their order. */
    List<ProductDocument> of(List<ProductView> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        Map<String, CategoryView> categories =
                catalog.categories().stream().collect(Collectors.toMap(CategoryView::slug, Function.identity()));
        List<PavilionView> pavilions = catalog.pavilions();
        List<Long> ids = products.stream().map(ProductView::id).toList();
        Map<Long, Long> sold = sales.soldOf(ids);
        Map<Long, ProductPromotion> promoted = promoted(ids);
        Map<Long, WholesaleListing> offered = offered(ids);
        List<ProductDocument> documents = new ArrayList<>(products.size());
        for (ProductView product : products) {
            documents.add(of(
                    product,
                    categories,
                    pavilions,
                    sold.getOrDefault(product.id(), 0L),
                    promoted.getOrDefault(product.id(), NOT_PROMOTED),
                    offered.get(product.id())));
        }
        return documents;
    }

    private Map<Long, ProductPromotion> promoted(List<Long> ids) {
        if (promotions.isEmpty()) {
            return Map.of();
        }
        LocalDate today = MarketCalendar.today(clock);
        Map<Long, ProductPromotion> promoted = new HashMap<>();
        promotions.forEach(source -> promoted.putAll(source.of(ids, today)));
        return promoted;
    }

    private Map<Long, WholesaleListing> offered(List<Long> ids) {
        Map<Long, WholesaleListing> offered = new HashMap<>();
        wholesale.forEach(source -> offered.putAll(source.of(ids)));
        return offered;
    }

    private static ProductDocument.IndexedWholesale indexed(WholesaleListing listing) {
        if (listing == null) {
            return null;
        }
        return new ProductDocument.IndexedWholesale(
                listing.grades().stream().sorted().toList(),
                listing.packs().stream().sorted().toList(),
                listing.fewestPacks(),
                listing.producingBase());
    }

    private static ProductDocument.IndexedBadge indexed(CampaignBadge badge) {
        if (badge == null) {
            return null;
        }
        return new ProductDocument.IndexedBadge(
                badge.campaignId(),
                badge.campaignNameZh(),
                badge.campaignNameEn(),
                badge.kind(),
                badge.price(),
                badge.until().toString());
    }

    /** Forgets cached region names, so a full reindex picks up renamed regions. */
    void forgetRegions() {
        regionPaths.clear();
    }

    private ProductDocument of(
            ProductView product,
            Map<String, CategoryView> categories,
            List<PavilionView> pavilions,
            long sold,
            ProductPromotion promotion,
            WholesaleListing listing) {
        List<CategoryView> categoryPath = categoryPath(product.categorySlug(), categories);
        List<RegionView> regions =
                regionPaths.computeIfAbsent(product.originCode(), code -> catalog.regionPath(RegionCode.parse(code)));
        String regionNamesZh = regions.stream().map(RegionView::nameZh).collect(Collectors.joining(" "));
        String brandNameZh = product.brand() == null ? null : product.brand().nameZh();
        return new ProductDocument(
                product.id(),
                product.titleZh(),
                product.titleEn(),
                product.descriptionZh(),
                product.descriptionEn(),
                product.shopSlug(),
                product.shopNameZh(),
                product.shopNameEn(),
                product.categorySlug(),
                categoryPath.stream().map(CategoryView::slug).toList(),
                categoryPath.stream()
                        .flatMap(c -> Stream.of(c.nameZh(), c.nameEn()))
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining(" ")),
                product.originCode(),
                regions.stream().map(RegionView::code).toList(),
                atLevel(regions, 0),
                atLevel(regions, 1),
                atLevel(regions, 2),
                atLevel(regions, 3),
                regionNamesZh,
                regions.stream()
                        .map(RegionView::nameEn)
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining(" ")),
                pavilions.stream()
                        .filter(p -> RegionCode.parse(p.regionCode()).contains(RegionCode.parse(product.originCode())))
                        .map(PavilionView::slug)
                        .toList(),
                badgeValidTo(product.badges()),
                product.brand() == null ? null : product.brand().slug(),
                brandNameZh,
                product.priceFrom(),
                product.skus().stream()
                        .map(SkuView::price)
                        .max(Comparator.naturalOrder())
                        .orElse(null),
                product.skus().stream().mapToLong(SkuView::available).sum(),
                product.inStock(),
                product.temperature().name(),
                product.shelfLifeDays(),
                isFresh(product),
                product.harvestMonths(),
                product.povertyRelief(),
                sold,
                product.images().stream()
                        .findFirst()
                        .map(ImageView::thumbnailKey)
                        .orElse(null),
                PinyinReading.syllables(product.titleZh()),
                PinyinReading.initials(product.titleZh()),
                PinyinReading.syllables(Stream.of(product.shopNameZh(), regionNamesZh, brandNameZh)
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining(" "))),
                typed(product.titleZh()),
                typed(product.shopNameZh(), product.shopNameEn()),
                regionTyped(regions, 0),
                regionTyped(regions, 1),
                regionTyped(regions, 2),
                regionTyped(regions, 3),
                regions.stream().map(RegionView::nameZh).toList(),
                regions.stream()
                        .map(r -> r.nameEn() == null ? r.nameZh() : r.nameEn())
                        .toList(),
                promotion.festivalSlugs(),
                indexed(promotion.badge()),
                indexed(listing));
    }

    /** Region names typed without their suffix too: 永泰 for 永泰县, yongtai, yt. */
    private static List<String> regionTyped(List<RegionView> path, int level) {
        if (path.size() <= level) {
            return List.of();
        }
        RegionView region = path.get(level);
        String bare = RegionNames.withoutSuffix(region.nameZh());
        List<String> typed = new ArrayList<>(typed(region.nameZh(), region.nameEn()));
        if (!bare.equals(region.nameZh())) {
            typed.addAll(typed(bare, null));
        }
        return typed;
    }

    /** A Chinese name as a shopper may start typing it: characters, pinyin, initials, or the English name. */
    static List<String> typed(String nameZh, String nameEn) {
        List<String> typed = new ArrayList<>(typed(nameZh));
        if (nameEn != null) {
            typed.add(nameEn);
        }
        return typed;
    }

    static boolean isFresh(ProductView product) {
        return product.temperature() != TemperatureClass.AMBIENT || product.shelfLifeDays() <= FRESH_SHELF_LIFE_DAYS;
    }

    /** What a shopper may start typing to find the product: its title, in characters, pinyin or initials. */
    static List<String> typed(String titleZh) {
        return List.of(titleZh, PinyinReading.syllables(titleZh).replace(" ", ""), PinyinReading.initials(titleZh));
    }

    private static String atLevel(List<RegionView> path, int level) {
        return path.size() > level ? path.get(level).code() : null;
    }

    private static List<CategoryView> categoryPath(String slug, Map<String, CategoryView> categories) {
        List<CategoryView> path = new ArrayList<>();
        for (CategoryView c = categories.get(slug);
                c != null;
                c = c.parentSlug() == null ? null : categories.get(c.parentSlug())) {
            path.add(0, c);
        }
        return path;
    }

    /** The latest expiry per kind of badge shown today; the query compares it with the day it runs. */
    private static Map<String, String> badgeValidTo(List<CertificateView> badges) {
        Map<String, String> validTo = new LinkedHashMap<>();
        for (CertificateView badge : badges) {
            validTo.merge(badge.kind().name(), badge.validTo().toString(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return validTo;
    }
}
