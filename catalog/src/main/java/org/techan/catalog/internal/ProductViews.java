package org.techan.catalog.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.techan.catalog.BatchView;
import org.techan.catalog.BrandView;
import org.techan.catalog.CertificateStatus;
import org.techan.catalog.CertificateView;
import org.techan.catalog.ImageView;
import org.techan.catalog.ProductView;
import org.techan.catalog.SkuView;
import org.techan.platform.MarketCalendar;
import org.techan.platform.SqlScript;

/** Turns product rows into views with their shop, category and SKUs, in a few queries per page (one round trip for a product page). */
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
    private final JdbcOperations jdbc;

    ProductViews(
            ShopRepository shops,
            CategoryRepository categories,
            SkuRepository skus,
            BatchRepository batches,
            CertificateRepository certificates,
            Brands brands,
            ImageRepository images,
            Clock clock,
            JdbcOperations jdbc) {
        this.jdbc = jdbc;
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
        List<Long> ids = rows.stream().map(ProductRow::id).toList();
        return assemble(
                rows,
                audience,
                new Parts(
                        shopsById,
                        categorySlugs,
                        skus.findByProductIdInOrderByPosition(ids),
                        batches.findByProductIdInOrderByHarvestDateDesc(ids),
                        certificates.findByProductIdInOrderByKind(ids),
                        brands.shownFor(rows),
                        images.findByProductIdInOrderByPosition(ids)));
    }

    /**
     * A published product of an open shop with everything its page shows, read in one round trip
     * (on the caller's connection): a product page nobody has viewed yet waits for the database once.
     */
    Optional<ProductView> published(long productId) {
        SqlScript script = new SqlScript();
        SqlScript.Query<Categorised> product = script.query(
                "SELECT p.*, c.slug AS category_slug FROM catalog_product p"
                        + " JOIN catalog_category c ON c.id = p.category_id WHERE p.id = ? AND p.status = 'PUBLISHED'",
                row -> new Categorised(jdbc.readEntity(row, ProductRow.class), row.getString("category_slug")),
                productId);
        SqlScript.Query<ShopRow> shop = script.query(
                "SELECT s.* FROM catalog_shop s JOIN catalog_product p ON p.shop_id = s.id WHERE p.id = ?",
                row -> jdbc.readEntity(row, ShopRow.class),
                productId);
        SqlScript.Query<SkuRow> skuRows = script.query(
                "SELECT * FROM catalog_sku WHERE product_id = ? ORDER BY position",
                row -> jdbc.readEntity(row, SkuRow.class),
                productId);
        SqlScript.Query<BatchRow> batchRows = script.query(
                "SELECT * FROM catalog_batch WHERE product_id = ? ORDER BY harvest_date DESC",
                row -> jdbc.readEntity(row, BatchRow.class),
                productId);
        SqlScript.Query<CertificateRow> certificateRows = script.query(
                "SELECT * FROM catalog_certificate WHERE product_id = ? ORDER BY kind",
                row -> jdbc.readEntity(row, CertificateRow.class),
                productId);
        SqlScript.Query<BrandRow> brand = script.query(
                "SELECT b.* FROM catalog_brand b JOIN catalog_product p ON p.brand_id = b.id WHERE p.id = ?",
                row -> jdbc.readEntity(row, BrandRow.class),
                productId);
        SqlScript.Query<LicenceRow> licences = script.query(
                "SELECT l.* FROM catalog_brand_licence l"
                        + " JOIN catalog_product p ON l.shop_id = p.shop_id AND l.brand_id = p.brand_id WHERE p.id = ?",
                row -> jdbc.readEntity(row, LicenceRow.class),
                productId);
        SqlScript.Query<ImageRow> imageRows = script.query(
                "SELECT * FROM catalog_product_image WHERE product_id = ? ORDER BY position",
                row -> jdbc.readEntity(row, ImageRow.class),
                productId);
        SqlScript.Results read;
        try {
            read = script.run(jdbc.getConnection());
        } catch (SQLException e) {
            throw new DataAccessException("Could not read product " + productId, e);
        }
        List<Categorised> found = read.rows(product);
        List<ShopRow> shops = read.rows(shop);
        if (found.isEmpty() || shops.isEmpty() || !shops.get(0).status().isOpen()) {
            return Optional.empty();
        }
        List<ProductRow> rows = List.of(found.get(0).product());
        return Optional.of(assemble(
                        rows,
                        Audience.SHOPPERS,
                        new Parts(
                                Map.of(shops.get(0).id(), shops.get(0)),
                                Map.of(rows.get(0).categoryId(), found.get(0).categorySlug()),
                                read.rows(skuRows),
                                read.rows(batchRows),
                                read.rows(certificateRows),
                                brands.shownFor(rows, read.rows(brand), read.rows(licences)),
                                read.rows(imageRows)))
                .get(0));
    }

    /** A product row with its category's slug, read in the same statement. */
    private record Categorised(ProductRow product, String categorySlug) {}

    /** The rows that go with a list of products, read already. */
    private record Parts(
            Map<Long, ShopRow> shopsById,
            Map<Long, String> categorySlugs,
            List<SkuRow> skus,
            List<BatchRow> batches,
            List<CertificateRow> certificates,
            Map<Long, BrandView> brandsShown,
            List<ImageRow> images) {}

    private List<ProductView> assemble(List<ProductRow> rows, Audience audience, Parts parts) {
        Map<Long, ShopRow> shopsById = parts.shopsById();
        Map<Long, String> categorySlugs = parts.categorySlugs();
        Map<Long, List<SkuView>> skusByProduct = parts.skus().stream()
                .collect(Collectors.groupingBy(
                        SkuRow::productId, Collectors.mapping(SkuRow::view, Collectors.toList())));
        Map<Long, List<BatchView>> batchesByProduct = parts.batches().stream()
                .collect(Collectors.groupingBy(
                        BatchRow::productId, Collectors.mapping(BatchRow::view, Collectors.toList())));
        LocalDate today = MarketCalendar.today(clock);
        Map<Long, List<CertificateView>> certificatesByProduct = parts.certificates().stream()
                .filter(row -> audience == Audience.STAFF || row.status() == CertificateStatus.VERIFIED)
                .collect(Collectors.groupingBy(
                        CertificateRow::productId, Collectors.mapping(row -> row.view(today), Collectors.toList())));
        Map<Long, BrandView> brandsShown = parts.brandsShown();
        Map<Long, List<ImageView>> imagesByProduct = parts.images().stream()
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
