package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.techan.platform.AccountView;
import org.techan.platform.Actor;
import org.techan.platform.MediaStore;
import org.techan.platform.RegisterAccountCommand;

/**
 * The catalog's back office and everything the storefront asks of it: shops apply and list their
 * products, batches and certificates; operators review, recall and arrange pavilions. Other modules
 * use the narrower {@link CatalogReads} and {@link StockPort}.
 */
public interface CatalogApi extends CatalogReads {

    /**
     * Adds a region whose parent (by code structure) already exists.
     *
     * @throws org.techan.platform.RuleViolationException for a blank name or a missing parent
     * @throws org.techan.platform.ConflictException if the code is taken
     */
    RegionView addRegion(Actor operator, AddRegionCommand command);

    /**
     * Registers a village under a township of the national divisions (operators only), adding the
     * township and the levels above it to the marketplace's regions where they are missing.
     *
     * @throws org.techan.platform.RuleViolationException without a township, or for a code outside it
     * @throws org.techan.platform.ConflictException when the township has a village of that name or code
     */
    RegionView registerVillage(Actor operator, RegisterVillageCommand command);

    /**
     * Registers a shop as {@link ShopStatus#APPLIED}.
     *
     * @throws org.techan.platform.RuleViolationException for invalid or missing details, or a
     *     location that is not a known village
     * @throws org.techan.platform.ConflictException if the slug or the licence is already registered
     */
    ShopView applyForShop(ApplyForShopCommand command);

    /**
     * Moves a shop to {@code next}.
     *
     * @throws org.techan.platform.ConflictException if the shop cannot go there from where it is
     */
    ShopView changeShopStatus(Actor operator, String slug, ShopStatus next);

    /**
     * Creates a staff account for a shop (operators only).
     *
     * @throws org.techan.platform.NotAllowedException unless {@code operator} is an operator
     * @throws org.techan.platform.RuleViolationException for a bad login, password or name
     * @throws org.techan.platform.ConflictException if the login is taken
     */
    AccountView addShopStaff(Actor operator, String shopSlug, RegisterAccountCommand command);

    /** Any shop, whatever its status (operators and the shop's own staff). */
    ShopView shop(String slug);

    /** Shops in a status, oldest first: the operators' queue of applications, for example. */
    PageOf<ShopView> shopsWithStatus(Actor operator, ShopStatus status, int page, int size);

    /**
     * A shop as shoppers may see it.
     *
     * @throws org.techan.platform.NotFoundException if it does not exist or is not approved
     */
    ShopView openShop(String slug);

    /**
     * An open shop with its village's path and a page of its published products, read together
     * (one transaction) for its page; {@code page} counts from 0.
     *
     * @throws org.techan.platform.NotFoundException as {@link #openShop(String)}
     */
    ShopDetail shopDetail(String slug, int page, int size);

    /** Open (approved) shops anywhere within {@code region}, by name; {@code page} counts from 0. */
    PageOf<ShopView> openShopsIn(RegionCode region, int page, int size);

    /**
     * Opens a pavilion for an existing region.
     *
     * @throws org.techan.platform.RuleViolationException for missing or invalid details
     * @throws org.techan.platform.ConflictException if the slug is taken
     */
    PavilionView openPavilion(Actor operator, OpenPavilionCommand command);

    /**
     * Features an open shop of the pavilion's region at {@code position} (smaller comes first).
     *
     * @throws org.techan.platform.RuleViolationException if the shop is not open or lies outside the region
     */
    void featureShop(Actor operator, String pavilionSlug, String shopSlug, int position);

    /** The pavilion's open shops: featured ones first in their order, then the rest by name. */
    PageOf<ShopView> pavilionShops(String pavilionSlug, int page, int size);

    /**
     * Drafts a product for the staff member's own shop, with its first SKUs.
     *
     * @throws org.techan.platform.RuleViolationException for invalid details, naming the first problem
     * @throws org.techan.platform.NotFoundException if the actor is not shop staff
     */
    ProductView createProduct(Actor staff, SaveProductCommand command);

    /**
     * Changes a product's details (not its SKUs).
     *
     * @throws org.techan.platform.NotFoundException if there is no such product in the actor's shop
     * @throws org.techan.platform.ConflictException if someone else changed it at the same moment
     */
    ProductView reviseProduct(Actor actor, long productId, SaveProductCommand command);

    ProductView addSku(Actor actor, long productId, SkuCommand command);

    ProductView reviseSku(Actor actor, long skuId, SkuCommand command);

    /**
     * Puts a product on sale; publishing twice changes nothing.
     *
     * @throws org.techan.platform.RuleViolationException while the shop is not open
     */
    ProductView publishProduct(Actor actor, long productId);

    ProductView unpublishProduct(Actor actor, long productId);

    /** A product in any status, for its own shop's staff and operators. */
    ProductView product(Actor actor, long productId);

    /** The staff member's own shop's products in every status, newest first. */
    PageOf<ProductView> ownProducts(Actor staff, int page, int size);

    /**
     * Receives stock for a SKU as a new batch with its own trace code; the SKU's available
     * quantity grows by the batch's quantity in the same transaction.
     *
     * @throws org.techan.platform.RuleViolationException for a failed inspection, a future harvest
     *     date, a missing base or plot, or a quantity out of range
     * @throws org.techan.platform.NotFoundException if the SKU is not the actor's shop's
     */
    BatchView receiveBatch(Actor actor, ReceiveBatchCommand command);

    /**
     * Recalls a batch (operators only): its units still unsold leave the SKU's stock and the
     * recall is announced so orders holding the batch can be found.
     *
     * @throws org.techan.platform.ConflictException if it was recalled already
     */
    BatchView recallBatch(Actor operator, String traceCode, String reason);

    /** Batches not recalled, newest harvest first, for an operator to pick one to recall. */
    List<BatchChoice> recallableBatches(Actor operator);

    /**
     * The staff member's shop's batches still on sale that leave sale within {@code withinDays}
     * days (harvest date plus shelf life), soonest first, at most 100.
     *
     * @throws org.techan.platform.RuleViolationException for a negative span or one over 60 days
     * @throws org.techan.platform.NotFoundException if the actor is not shop staff
     */
    List<ExpiringBatch> expiringBatches(Actor staff, int withinDays);

    /** The orders holding units of a batch (operators only), so a recall can reach them. */
    List<BatchShipment> batchShipments(Actor operator, String traceCode);

    /**
     * The public trace of a batch.
     *
     * @throws org.techan.platform.NotFoundException for an unknown or malformed code
     */
    TraceView trace(String traceCode);

    /**
     * Submits a certificate for a product of the actor's shop, with its scanned document (PDF, JPEG
     * or PNG); it shows no badge until verified. Everything is checked before the document is
     * stored: the shop approved, the details, the shop's certificates today
     * ({@code techan.certificates.per-shop-per-day}, 20 by default).
     *
     * @throws org.techan.platform.RuleViolationException for missing details, an expired period, a
     *     document that is missing or of another type, a shop not yet approved, or too many today
     */
    CertificateView submitCertificate(Actor actor, SubmitCertificateCommand command, byte[] document);

    /**
     * Verifies or rejects a submitted certificate (operators only; rejection needs a reason).
     *
     * @throws org.techan.platform.ConflictException if it was decided already
     */
    CertificateView reviewCertificate(
            Actor operator, long certificateId, CertificateStatus decision, @Nullable String note);

    /** Certificates waiting for an operator, oldest first. */
    PageOf<CertificateView> certificatesAwaitingReview(Actor operator, int page, int size);

    /** The scanned document, for the product's shop and operators. */
    MediaStore.StoredMedia certificateDocument(Actor actor, long certificateId);

    /**
     * Drafts many products for the staff member's shop at once: all of them, or none when any row
     * is invalid, with every row's problem in the report.
     */
    ImportReport importProducts(Actor staff, List<SaveProductCommand> rows);

    /** Registers a regional public brand (operators only). */
    BrandView createBrand(Actor operator, CreateBrandCommand command);

    /**
     * Licenses a brand to a shop of the brand's region for a period (operators only).
     *
     * @throws org.techan.platform.RuleViolationException for a shop outside the region or a bad period
     */
    BrandLicenceView licenseBrand(
            Actor operator,
            String brandSlug,
            String shopSlug,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo);

    List<BrandView> brands();

    /** Brands the staff member's shop holds a licence for today. */
    List<BrandView> brandsLicensedTo(Actor staff);

    /**
     * Puts a brand on a product, or takes it off with a null slug. The product shows the brand
     * only while its shop's licence is valid.
     *
     * @throws org.techan.platform.RuleViolationException if the shop holds no current licence
     */
    void brandProduct(Actor actor, long productId, @Nullable String brandSlug);

    /**
     * Adds a photo (JPEG or PNG bytes) to a product and makes its thumbnail. Whether it may be
     * added (the product's shop, approved, with room for another photo) is checked before the
     * photo is stored or decoded.
     *
     * @throws org.techan.platform.RuleViolationException for content that is not a photo, an image
     *     of more pixels than any camera takes, a shop not yet approved, or too many photos
     */
    void addProductImage(Actor actor, long productId, byte[] image);

    /**
     * Takes a photo off a product of the actor's shop.
     *
     * @throws org.techan.platform.NotFoundException if the product or the photo is not the actor's
     */
    void removeProductImage(Actor actor, long productId, long imageId);

    /** A photo or thumbnail of a product in any status, for the product's shop and operators. */
    MediaStore.StoredMedia productImage(Actor actor, long productId, String mediaKey);

    /** Makes a photo the product's cover (主图), shown on product cards; the others keep their order. */
    void makeProductImageCover(Actor actor, long productId, long imageId);

    /**
     * Picks (精选) a product on sale from the pavilion's region, shown before the region's other
     * products at {@code position} (smaller comes first); picking again moves it (operators only).
     *
     * @throws org.techan.platform.RuleViolationException for a product not on sale, outside the
     *     region, or a pavilion that has too many picks
     */
    void pickProduct(Actor operator, String pavilionSlug, long productId, int position);

    /** Takes a product off the pavilion's picks (operators only); it still shows among the rest. */
    void unpickProduct(Actor operator, String pavilionSlug, long productId);

    /** The pavilion's picks that are on sale now, in the operators' order. */
    List<ProductView> pavilionPicks(String pavilionSlug);

    /** Every product of the pavilion's region on sale: picks first, then newest first. */
    PageOf<ProductView> pavilionProducts(String pavilionSlug, int page, int size);

    /** A product photo or thumbnail, only while its product is on sale: scans of certificates stay private. */
    Optional<MediaStore.StoredMedia> publicImage(String mediaKey);

    /**
     * Adds a category below an existing one, or a new top-level family (operators only).
     *
     * @throws org.techan.platform.ConflictException if the slug is taken
     */
    CategoryView addCategory(Actor operator, AddCategoryCommand command);

    /**
     * A shop's own application together with its first staff account, in one transaction: both
     * or neither. The shop stays APPLIED until an operator approves it.
     */
    AccountView applyForShopWithAccount(ApplyForShopCommand application, RegisterAccountCommand account);

    /**
     * Changes the staff member's own shop's name, specialty and contact details.
     *
     * @throws org.techan.platform.RuleViolationException for invalid details; nothing changes
     */
    ShopView updateShopProfile(Actor staff, UpdateShopProfileCommand command);
}
