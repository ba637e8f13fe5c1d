package org.techan.catalog.internal;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.techan.catalog.ImportProblem;
import org.techan.catalog.ImportReport;
import org.techan.catalog.PageOf;
import org.techan.catalog.ProductChanged;
import org.techan.catalog.ProductPublished;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductStatus;
import org.techan.catalog.ProductUnpublished;
import org.techan.catalog.ProductView;
import org.techan.catalog.RegionCode;
import org.techan.catalog.SaveProductCommand;
import org.techan.catalog.SkuCommand;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.PageBounds;
import org.techan.platform.RuleViolationException;

/**
 * Products and their SKUs: drafted and edited by their shop's staff, published for shoppers.
 * Every change shoppers could notice leaves through the outbox in the same transaction.
 */
@Singleton
class Products {

    static final int MAX_IMPORT_ROWS = 1000;
    /** A full scan for indexing reads this many products at most per step. */
    static final int MAX_SCAN_STEP = 1000;

    private final ProductRepository products;
    private final SkuRepository skus;
    private final ShopRepository shops;
    private final ProductInput input;
    private final ProductViews views;
    private final ProductListing listing;
    private final Access access;
    private final Outbox outbox;
    private final Clock clock;

    Products(
            ProductRepository products,
            SkuRepository skus,
            ShopRepository shops,
            ProductInput input,
            ProductViews views,
            ProductListing listing,
            Access access,
            Outbox outbox,
            Clock clock) {
        this.products = products;
        this.skus = skus;
        this.shops = shops;
        this.input = input;
        this.views = views;
        this.listing = listing;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ProductView create(Actor staff, SaveProductCommand command) {
        long shopId = access.shopOf(staff);
        ProductDetails details = input.details(command);
        List<SkuCommand> initial = input.initialSkus(command.skus());
        ProductRow product = products.save(ProductRow.draft(shopId, details));
        for (int i = 0; i < initial.size(); i++) {
            skus.save(input.sku(product.id(), i, initial.get(i)));
        }
        return views.of(product);
    }

    /**
     * All rows or none: every row is checked before anything is written, and every problem is
     * reported with its row, so a shop fixes the file once instead of once per error.
     */
    @Transactional
    public ImportReport importAll(Actor staff, List<SaveProductCommand> rows) {
        long shopId = access.shopOf(staff);
        if (rows.isEmpty() || rows.size() > MAX_IMPORT_ROWS) {
            return new ImportReport(0, List.of(new ImportProblem(0, "import.rows.invalid", List.of(MAX_IMPORT_ROWS))));
        }
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                input.details(rows.get(i));
                for (SkuCommand sku : input.initialSkus(rows.get(i).skus())) {
                    input.sku(0, 0, sku);
                }
            } catch (RuleViolationException refused) {
                problems.add(new ImportProblem(i + 1, refused.messageKey(), List.of(refused.arguments())));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReport(0, problems);
        }
        for (SaveProductCommand row : rows) {
            ProductRow product = products.save(ProductRow.draft(shopId, input.details(row)));
            List<SkuCommand> initial = input.initialSkus(row.skus());
            for (int i = 0; i < initial.size(); i++) {
                skus.save(input.sku(product.id(), i, initial.get(i)));
            }
        }
        return new ImportReport(rows.size(), List.of());
    }

    @Transactional
    public ProductView revise(Actor actor, long productId, SaveProductCommand command) {
        ProductRow product = owned(actor, productId);
        ProductRow revised = update(product.withDetails(input.details(command)));
        announceChange(revised);
        return views.of(revised);
    }

    @Transactional
    public ProductView addSku(Actor actor, long productId, SkuCommand command) {
        ProductRow product = owned(actor, productId);
        int count = skus.countByProductId(productId);
        if (count >= ProductInput.MAX_SKUS) {
            throw new RuleViolationException("product.skus.too-many", ProductInput.MAX_SKUS);
        }
        skus.save(input.sku(productId, count, command));
        announceChange(product);
        return views.of(product);
    }

    @Transactional
    public ProductView reviseSku(Actor actor, long skuId, SkuCommand command) {
        SkuRow sku = skus.findById(skuId).orElseThrow(() -> new NotFoundException("sku.not-found", skuId));
        ProductRow product = owned(actor, sku.productId());
        try {
            skus.update(sku.revisedTo(input.sku(sku.productId(), sku.position(), command)));
        } catch (OptimisticLockException e) {
            throw new ConflictException("product.changed-concurrently", product.id());
        }
        announceChange(product);
        return views.of(product);
    }

    @Transactional
    public ProductView publish(Actor actor, long productId) {
        ProductRow product = owned(actor, productId);
        if (product.status() == ProductStatus.PUBLISHED) {
            return views.of(product);
        }
        ShopRow shop = shops.findById(product.shopId()).orElseThrow();
        if (!shop.status().isOpen()) {
            throw new RuleViolationException("product.publish.shop-not-open", shop.nameZh());
        }
        if (skus.countByProductId(productId) == 0) {
            throw new RuleViolationException("product.skus.required");
        }
        ProductRow published = update(product.withStatus(ProductStatus.PUBLISHED, clock.instant()));
        outbox.publish(CatalogSchema.OUTBOX, new ProductPublished(productId));
        return views.of(published);
    }

    @Transactional
    public ProductView unpublish(Actor actor, long productId) {
        ProductRow product = owned(actor, productId);
        if (product.status() != ProductStatus.PUBLISHED) {
            return views.of(product);
        }
        ProductRow unpublished = update(product.withStatus(ProductStatus.UNPUBLISHED, null));
        outbox.publish(CatalogSchema.OUTBOX, new ProductUnpublished(productId));
        return views.of(unpublished);
    }

    @Transactional(readOnly = true)
    public ProductView get(Actor actor, long productId) {
        return views.of(owned(actor, productId));
    }

    @Transactional(readOnly = true)
    public PageOf<ProductView> ofOwnShop(Actor staff, int page, int size) {
        PageBounds.check(page, size, Input.MAX_PAGE_SIZE);
        Page<ProductRow> rows =
                products.findByShopId(access.shopOf(staff), Pageable.from(page, size, Sort.of(Sort.Order.desc("id"))));
        return new PageOf<>(views.of(rows.getContent(), ProductViews.Audience.STAFF), rows.getTotalSize(), page, size);
    }

    /** A product shoppers may see: published, of an open shop. */
    @Connectable
    public ProductView published(long productId) {
        return views.published(productId).orElseThrow(() -> new NotFoundException("product.not-found", productId));
    }

    @Transactional(readOnly = true)
    public PageOf<ProductView> published(ProductQuery query, int page, int size) {
        PageBounds.check(page, size, Input.MAX_PAGE_SIZE);
        ProductListing.Slice slice = listing.find(query, page, size);
        return new PageOf<>(views.of(slice.rows(), ProductViews.Audience.SHOPPERS), slice.total(), page, size);
    }

    @Transactional(readOnly = true)
    public List<ProductView> forSale(Collection<Long> ids) {
        return views.of(listing.forSaleAmong(ids), ProductViews.Audience.SHOPPERS);
    }

    @Transactional(readOnly = true)
    public List<ProductView> forSaleAfter(long afterId, int limit) {
        if (limit < 1 || limit > MAX_SCAN_STEP) {
            throw new RuleViolationException("page.invalid", MAX_SCAN_STEP);
        }
        return views.of(listing.forSaleAfter(afterId, limit), ProductViews.Audience.SHOPPERS);
    }

    @Transactional(readOnly = true)
    public List<Long> idsForSaleIn(RegionCode region) {
        return listing.idsForSaleIn(region);
    }

    @Transactional(readOnly = true)
    public List<Long> idsOfShop(String shopSlug) {
        return shops.findBySlug(shopSlug)
                .map(shop -> products.findIdByShopId(shop.id()))
                .orElseThrow(() -> new NotFoundException("shop.not-found", shopSlug));
    }

    private ProductRow owned(Actor actor, long productId) {
        ProductRow product =
                products.findById(productId).orElseThrow(() -> new NotFoundException("product.not-found", productId));
        access.requireShop(actor, product.shopId(), "product.not-found", productId);
        return product;
    }

    private ProductRow update(ProductRow row) {
        try {
            return products.update(row);
        } catch (OptimisticLockException e) {
            throw new ConflictException("product.changed-concurrently", row.id());
        }
    }

    /** Only shoppers' view matters to subscribers: a draft's edits are nobody else's business yet. */
    private void announceChange(ProductRow product) {
        if (product.status() == ProductStatus.PUBLISHED) {
            outbox.publish(CatalogSchema.OUTBOX, new ProductChanged(product.id()));
        }
    }
}
