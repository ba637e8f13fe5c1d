package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.techan.catalog.AddCategoryCommand;
import org.techan.catalog.AddRegionCommand;
import org.techan.catalog.ApplyForShopCommand;
import org.techan.catalog.BatchChoice;
import org.techan.catalog.BatchShipment;
import org.techan.catalog.BatchView;
import org.techan.catalog.BrandLicenceView;
import org.techan.catalog.BrandView;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CategoryView;
import org.techan.catalog.CertificateStatus;
import org.techan.catalog.CertificateView;
import org.techan.catalog.CreateBrandCommand;
import org.techan.catalog.ExpiringBatch;
import org.techan.catalog.ImportReport;
import org.techan.catalog.OpenPavilionCommand;
import org.techan.catalog.PageOf;
import org.techan.catalog.PavilionView;
import org.techan.catalog.ProductDetail;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductView;
import org.techan.catalog.ReceiveBatchCommand;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;
import org.techan.catalog.RegisterVillageCommand;
import org.techan.catalog.SaveProductCommand;
import org.techan.catalog.ShopDetail;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.ShopView;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.SlugKind;
import org.techan.catalog.SubmitCertificateCommand;
import org.techan.catalog.TraceView;
import org.techan.catalog.UpdateShopProfileCommand;
import org.techan.platform.AccountView;
import org.techan.platform.Actor;
import org.techan.platform.MediaStore;
import org.techan.platform.RegisterAccountCommand;

@Singleton
class CatalogFacade implements CatalogApi {

    private final Regions regions;
    private final Categories categories;
    private final Shops shops;
    private final Pavilions pavilions;
    private final Products products;
    private final Batches batches;
    private final Certificates certificates;
    private final Brands brands;
    private final ProductImages images;
    private final PavilionPicks picks;
    private final ShelfLives shelfLives;
    private final Divisions divisions;
    private final SlugSuggestions slugs;
    private final RecallChoices recallChoices;
    private final ShopperCache cache;
    private final PageReads pageReads;

    CatalogFacade(
            Regions regions,
            Categories categories,
            Shops shops,
            Pavilions pavilions,
            Products products,
            Batches batches,
            Certificates certificates,
            Brands brands,
            ProductImages images,
            PavilionPicks picks,
            ShelfLives shelfLives,
            Divisions divisions,
            SlugSuggestions slugs,
            RecallChoices recallChoices,
            ShopperCache cache,
            PageReads pageReads) {
        this.cache = cache;
        this.pageReads = pageReads;
        this.recallChoices = recallChoices;
        this.divisions = divisions;
        this.slugs = slugs;
        this.shelfLives = shelfLives;
        this.regions = regions;
        this.categories = categories;
        this.shops = shops;
        this.pavilions = pavilions;
        this.products = products;
        this.batches = batches;
        this.certificates = certificates;
        this.brands = brands;
        this.images = images;
        this.picks = picks;
    }

    @Override
    public List<RegionView> childRegions(@Nullable RegionCode parent) {
        return cache.regions("children:" + parent, () -> regions.children(parent));
    }

    @Override
    public List<RegionView> divisions(@Nullable RegionCode parent) {
        return divisions.children(parent);
    }

    @Override
    public java.util.Optional<org.techan.catalog.DivisionPlace> divisionPlace(RegionCode code) {
        return divisions.place(code);
    }

    @Override
    public String suggestSlug(SlugKind kind, @Nullable String nameZh, @Nullable String nameEn) {
        return slugs.free(kind, nameZh, nameEn);
    }

    @Override
    public RegionView region(RegionCode code) {
        return cache.region(code.value(), () -> regions.get(code));
    }

    @Override
    public List<RegionView> regionPath(RegionCode code) {
        return cache.regions("path:" + code.value(), () -> regions.path(code));
    }

    @Override
    public RegionView addRegion(Actor operator, AddRegionCommand command) {
        RegionView added = regions.add(operator, command);
        cache.regionsChanged();
        return added;
    }

    @Override
    public RegionView registerVillage(Actor operator, RegisterVillageCommand command) {
        RegionView village = regions.registerVillage(operator, command);
        cache.regionsChanged();
        return village;
    }

    @Override
    public List<CategoryView> categories() {
        return cache.categories(categories::all);
    }

    @Override
    public CategoryView category(String slug) {
        return cache.category(slug, () -> categories.get(slug));
    }

    @Override
    public ShopView applyForShop(ApplyForShopCommand command) {
        return shops.apply(command);
    }

    @Override
    public ShopView changeShopStatus(Actor operator, String slug, ShopStatus next) {
        return shops.changeStatus(operator, slug, next);
    }

    @Override
    public AccountView addShopStaff(Actor operator, String shopSlug, RegisterAccountCommand command) {
        return shops.addStaff(operator, shopSlug, command);
    }

    @Override
    public ShopView shopOf(Actor staff) {
        return shops.of(staff);
    }

    @Override
    public PageOf<ShopView> shopsWithStatus(Actor operator, ShopStatus status, int page, int size) {
        return shops.withStatus(operator, status, page, size);
    }

    @Override
    public ShopView shop(String slug) {
        return shops.get(slug);
    }

    @Override
    public PageOf<ShopView> openShopsIn(RegionCode region, int page, int size) {
        return shops.openIn(region, page, size);
    }

    @Override
    public ShopView openShop(String slug) {
        return shops.getOpen(slug);
    }

    @Override
    public ShopDetail shopDetail(String slug, int page, int size) {
        return cache.shopDetail(new ShopperCache.Page(slug, page, size), () -> pageReads.shopDetail(slug, page, size));
    }

    @Override
    public PavilionView openPavilion(Actor operator, OpenPavilionCommand command) {
        PavilionView opened = pavilions.open(operator, command);
        // This replica lists it at once; the others when the change feed or the listings' TTL says.
        cache.listingsChanged();
        return opened;
    }

    @Override
    public List<PavilionView> pavilions() {
        return cache.pavilions(pavilions::all);
    }

    @Override
    public PavilionView pavilion(String slug) {
        return cache.pavilion(slug, () -> pavilions.get(slug));
    }

    @Override
    public void featureShop(Actor operator, String pavilionSlug, String shopSlug, int position) {
        pavilions.feature(operator, pavilionSlug, shopSlug, position);
        cache.listingsChanged();
    }

    @Override
    public PageOf<ShopView> pavilionShops(String pavilionSlug, int page, int size) {
        return cache.shops(
                new ShopperCache.Page("shops of " + pavilionSlug, page, size),
                () -> pavilions.shopsOf(pavilionSlug, page, size));
    }

    @Override
    public ProductView createProduct(Actor staff, SaveProductCommand command) {
        return products.create(staff, command);
    }

    @Override
    public ProductView reviseProduct(Actor actor, long productId, SaveProductCommand command) {
        return products.revise(actor, productId, command);
    }

    @Override
    public ProductView addSku(Actor actor, long productId, SkuCommand command) {
        return products.addSku(actor, productId, command);
    }

    @Override
    public ProductView reviseSku(Actor actor, long skuId, SkuCommand command) {
        return products.reviseSku(actor, skuId, command);
    }

    @Override
    public ProductView publishProduct(Actor actor, long productId) {
        return products.publish(actor, productId);
    }

    @Override
    public ProductView unpublishProduct(Actor actor, long productId) {
        return products.unpublish(actor, productId);
    }

    @Override
    public ProductView product(Actor actor, long productId) {
        return products.get(actor, productId);
    }

    @Override
    public PageOf<ProductView> ownProducts(Actor staff, int page, int size) {
        return products.ofOwnShop(staff, page, size);
    }

    @Override
    public ProductView publishedProduct(long productId) {
        return products.published(productId);
    }

    @Override
    public ProductDetail productDetail(long productId) {
        // The region path and the category are shared by many products: from their own caches.
        return cache.productDetail(productId, () -> {
            ProductView product = products.published(productId);
            return new ProductDetail(
                    product, regionPath(new RegionCode(product.originCode())), category(product.categorySlug()));
        });
    }

    @Override
    public List<ProductView> productsForSale(Collection<Long> ids) {
        return products.forSale(ids);
    }

    @Override
    public List<ProductView> productsForSaleAfter(long afterId, int limit) {
        return products.forSaleAfter(afterId, limit);
    }

    @Override
    public List<Long> productIdsForSaleIn(RegionCode region) {
        return products.idsForSaleIn(region);
    }

    @Override
    public List<Long> productIdsOfShop(String shopSlug) {
        return products.idsOfShop(shopSlug);
    }

    @Override
    public PageOf<ProductView> publishedProducts(ProductQuery query, int page, int size) {
        return products.published(query, page, size);
    }

    @Override
    public PageOf<ProductView> shelf(ProductQuery query, int page, int size) {
        return cache.products(new ShopperCache.Page(query, page, size), () -> products.published(query, page, size));
    }

    @Override
    public BatchView receiveBatch(Actor actor, ReceiveBatchCommand command) {
        return batches.receive(actor, command);
    }

    @Override
    public List<ExpiringBatch> expiringBatches(Actor staff, int withinDays) {
        return shelfLives.expiring(staff, withinDays);
    }

    @Override
    public List<BatchShipment> batchShipments(Actor operator, String traceCode) {
        return batches.shipments(operator, traceCode);
    }

    @Override
    public BatchView recallBatch(Actor operator, String traceCode, String reason) {
        return batches.recall(operator, traceCode, reason);
    }

    @Override
    public List<BatchChoice> recallableBatches(Actor operator) {
        return recallChoices.recallable(operator);
    }

    @Override
    public TraceView trace(String traceCode) {
        return batches.trace(traceCode);
    }

    @Override
    public CertificateView submitCertificate(Actor actor, SubmitCertificateCommand command, byte[] document) {
        return certificates.submit(actor, command, document);
    }

    @Override
    public CertificateView reviewCertificate(
            Actor operator, long certificateId, CertificateStatus decision, @Nullable String note) {
        return certificates.review(operator, certificateId, decision, note);
    }

    @Override
    public PageOf<CertificateView> certificatesAwaitingReview(Actor operator, int page, int size) {
        return certificates.awaitingReview(operator, page, size);
    }

    @Override
    public MediaStore.StoredMedia certificateDocument(Actor actor, long certificateId) {
        return certificates.document(actor, certificateId);
    }

    @Override
    public ImportReport importProducts(Actor staff, List<SaveProductCommand> rows) {
        return products.importAll(staff, rows);
    }

    @Override
    public BrandView createBrand(Actor operator, CreateBrandCommand command) {
        BrandView brand = brands.create(operator, command);
        cache.shopChanged();
        return brand;
    }

    @Override
    public BrandLicenceView licenseBrand(
            Actor operator,
            String brandSlug,
            String shopSlug,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo) {
        BrandLicenceView licence = brands.license(operator, brandSlug, shopSlug, validFrom, validTo);
        cache.shopChanged();
        return licence;
    }

    @Override
    public List<BrandView> brands() {
        return brands.all();
    }

    @Override
    public List<BrandView> brandsLicensedTo(Actor staff) {
        return brands.licensedTo(staff);
    }

    @Override
    public void brandProduct(Actor actor, long productId, @Nullable String brandSlug) {
        brands.brandProduct(actor, productId, brandSlug);
    }

    @Override
    public void addProductImage(Actor actor, long productId, byte[] image) {
        images.add(actor, productId, image);
    }

    @Override
    public void removeProductImage(Actor actor, long productId, long imageId) {
        images.remove(actor, productId, imageId);
    }

    @Override
    public MediaStore.StoredMedia productImage(Actor actor, long productId, String mediaKey) {
        return images.ownImage(actor, productId, mediaKey);
    }

    @Override
    public void makeProductImageCover(Actor actor, long productId, long imageId) {
        images.makeCover(actor, productId, imageId);
    }

    @Override
    public void pickProduct(Actor operator, String pavilionSlug, long productId, int position) {
        picks.pick(operator, pavilionSlug, productId, position);
        cache.listingsChanged();
    }

    @Override
    public void unpickProduct(Actor operator, String pavilionSlug, long productId) {
        picks.unpick(operator, pavilionSlug, productId);
        cache.listingsChanged();
    }

    @Override
    public List<ProductView> pavilionPicks(String pavilionSlug) {
        return cache.pavilionPicks(pavilionSlug, () -> picks.picks(pavilionSlug));
    }

    @Override
    public PageOf<ProductView> pavilionProducts(String pavilionSlug, int page, int size) {
        return cache.products(
                new ShopperCache.Page("products of " + pavilionSlug, page, size),
                () -> picks.products(pavilionSlug, page, size));
    }

    @Override
    public Optional<MediaStore.StoredMedia> publicImage(String mediaKey) {
        return images.publicImage(mediaKey);
    }

    @Override
    public CategoryView addCategory(Actor operator, AddCategoryCommand command) {
        CategoryView added = categories.add(operator, command);
        cache.listingsChanged();
        return added;
    }

    @Override
    public AccountView applyForShopWithAccount(ApplyForShopCommand application, RegisterAccountCommand account) {
        return shops.applyWithAccount(application, account);
    }

    @Override
    public ShopView updateShopProfile(Actor staff, UpdateShopProfileCommand command) {
        return shops.updateProfile(staff, command);
    }
}
