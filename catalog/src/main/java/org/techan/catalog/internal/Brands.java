package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.techan.catalog.BrandLicenceView;
import org.techan.catalog.BrandView;
import org.techan.catalog.CreateBrandCommand;
import org.techan.catalog.ProductChanged;
import org.techan.catalog.ProductStatus;
import org.techan.catalog.RegionCode;
import org.techan.catalog.SlugKind;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.RuleViolationException;

/** Regional public brands, their licences to shops, and which product carries which brand. */
@Singleton
class Brands {

    private final BrandRepository brands;
    private final LicenceRepository licences;
    private final ShopRepository shops;
    private final ProductRepository products;
    private final RegionRepository regions;
    private final Access access;
    private final Outbox outbox;
    private final Clock clock;
    private final SlugSuggestions slugs;

    Brands(
            BrandRepository brands,
            LicenceRepository licences,
            ShopRepository shops,
            ProductRepository products,
            RegionRepository regions,
            Access access,
            Outbox outbox,
            Clock clock,
            SlugSuggestions slugs) {
        this.slugs = slugs;
        this.brands = brands;
        this.licences = licences;
        this.shops = shops;
        this.products = products;
        this.regions = regions;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public BrandView create(Actor operator, CreateBrandCommand command) {
        access.requireOperator(operator);
        String slug = slugs.givenOrFree(
                SlugKind.BRAND, command.slug(), command.nameZh(), command.nameEn(), "brand.slug.invalid");
        String name = Input.required(command.nameZh(), 60, "brand.name.required");
        String owner = Input.required(command.ownerZh(), 120, "brand.owner.required");
        String region = RegionCode.parse(command.regionCode()).value();
        if (!regions.existsById(region)) {
            throw new RuleViolationException("brand.region.invalid", region);
        }
        if (brands.existsBySlug(slug)) {
            throw new ConflictException("brand.slug.taken", slug);
        }
        return brands.save(new BrandRow(null, slug, name, Input.optional(command.nameEn()), region, owner))
                .view();
    }

    @Transactional
    public BrandLicenceView license(
            Actor operator, String brandSlug, String shopSlug, @Nullable LocalDate from, @Nullable LocalDate to) {
        access.requireOperator(operator);
        BrandRow brand = brand(brandSlug);
        ShopRow shop = shops.findBySlug(shopSlug).orElseThrow(() -> new NotFoundException("shop.not-found", shopSlug));
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolationException("brand.licence.period.invalid");
        }
        if (!shop.villageCode().startsWith(RegionCode.parse(brand.regionCode()).prefix())) {
            throw new RuleViolationException("brand.licence.outside", shop.nameZh(), brand.nameZh());
        }
        LicenceRow licence = licences.save(new LicenceRow(null, brand.id(), shop.id(), from, to));
        return new BrandLicenceView(
                brand.slug(), shop.slug(), licence.validFrom(), licence.validTo(), licence.validOn(today()));
    }

    @Transactional(readOnly = true)
    public List<BrandView> all() {
        return brands.findAllOrderBySlug().stream().map(BrandRow::view).toList();
    }

    /** The brands the staff member's shop may put on products today. */
    @Transactional(readOnly = true)
    public List<BrandView> licensedTo(Actor staff) {
        long shopId = access.shopOf(staff);
        LocalDate today = today();
        List<Long> ids = licences.findByShopId(shopId).stream()
                .filter(licence -> licence.validOn(today))
                .map(LicenceRow::brandId)
                .distinct()
                .toList();
        return ids.isEmpty()
                ? List.of()
                : brands.findByIdIn(ids).stream().map(BrandRow::view).toList();
    }

    @Transactional
    public void brandProduct(Actor actor, long productId, @Nullable String brandSlug) {
        ProductRow product =
                products.findById(productId).orElseThrow(() -> new NotFoundException("product.not-found", productId));
        access.requireShop(actor, product.shopId(), "product.not-found", productId);
        Long brandId = null;
        if (brandSlug != null && !brandSlug.isBlank()) {
            BrandRow brand = brand(brandSlug);
            LocalDate today = today();
            boolean licensed = licences.findByShopId(product.shopId()).stream()
                    .anyMatch(licence -> licence.brandId() == brand.id() && licence.validOn(today));
            if (!licensed) {
                throw new RuleViolationException("brand.not-licensed", brand.nameZh());
            }
            brandId = brand.id();
        }
        products.update(product.withBrand(brandId));
        if (product.status() == ProductStatus.PUBLISHED) {
            outbox.publish(CatalogSchema.OUTBOX, new ProductChanged(productId));
        }
    }

    /** For each product row, its brand if its shop's licence covers today; otherwise none. */
    Map<Long, BrandView> shownFor(List<ProductRow> rows) {
        List<ProductRow> branded =
                rows.stream().filter(row -> row.brandId() != null).toList();
        if (branded.isEmpty()) {
            return Map.of();
        }
        return shownFor(
                branded,
                brands.findByIdIn(
                        branded.stream().map(ProductRow::brandId).distinct().toList()),
                licences.findByShopIdIn(
                        branded.stream().map(ProductRow::shopId).distinct().toList()));
    }

    /**
     * The brands shown on products, by product id, from brand and licence rows read already: a
     * brand only while its shop holds a licence valid today.
     */
    Map<Long, BrandView> shownFor(List<ProductRow> rows, List<BrandRow> brandRows, List<LicenceRow> licenceRows) {
        LocalDate today = today();
        Map<Long, BrandRow> byId = brandRows.stream().collect(Collectors.toMap(BrandRow::id, Function.identity()));
        List<LicenceRow> current =
                licenceRows.stream().filter(licence -> licence.validOn(today)).toList();
        return rows.stream()
                .filter(row -> row.brandId() != null && byId.containsKey(row.brandId()))
                .filter(row ->
                        current.stream().anyMatch(l -> l.shopId() == row.shopId() && l.brandId() == row.brandId()))
                .collect(Collectors.toMap(
                        ProductRow::id, row -> byId.get(row.brandId()).view()));
    }

    private BrandRow brand(String slug) {
        return brands.findBySlug(slug == null ? "" : slug)
                .orElseThrow(() -> new NotFoundException("brand.not-found", slug));
    }

    private LocalDate today() {
        return MarketCalendar.today(clock);
    }
}
