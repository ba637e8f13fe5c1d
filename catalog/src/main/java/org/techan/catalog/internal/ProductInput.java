package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import org.techan.catalog.PurchaseRule;
import org.techan.catalog.RegionCode;
import org.techan.catalog.SaveProductCommand;
import org.techan.catalog.SkuCommand;
import org.techan.platform.RuleViolationException;

/** The checks a product and its SKUs pass before anything is written. */
@Singleton
class ProductInput {

    static final int MAX_SKUS = 20;
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000.00");
    private static final int MAX_WEIGHT_GRAMS = 1_000_000;
    // One order line holds at most this many units (the checkout's own ceiling).
    static final int MAX_UNITS_PER_ORDER = 999;
    static final int MAX_UNITS_PER_BUYER = 9_999;
    static final int MAX_BUYER_WINDOW_DAYS = 366;
    private static final int MAX_SHELF_LIFE_DAYS = 3650;
    private static final int MAX_DESCRIPTION = 5000;

    private final CategoryRepository categories;
    private final RegionRepository regions;

    ProductInput(CategoryRepository categories, RegionRepository regions) {
        this.categories = categories;
        this.regions = regions;
    }

    ProductDetails details(SaveProductCommand command) {
        long categoryId = categories
                .findBySlug(command.categorySlug() == null ? "" : command.categorySlug())
                .map(CategoryRow::id)
                .orElseThrow(() ->
                        new RuleViolationException("product.category.invalid", String.valueOf(command.categorySlug())));
        String titleZh = Input.required(command.titleZh(), 120, "product.title.required");
        String titleEn = Input.optional(command.titleEn(), 160, "product.title-en.too-long");
        String descriptionZh = Input.required(command.descriptionZh(), MAX_DESCRIPTION, "product.description.required");
        String descriptionEn =
                Input.optional(command.descriptionEn(), MAX_DESCRIPTION, "product.description-en.too-long");
        if (command.temperature() == null) {
            throw new RuleViolationException("product.temperature.required");
        }
        if (command.shelfLifeDays() < 1 || command.shelfLifeDays() > MAX_SHELF_LIFE_DAYS) {
            throw new RuleViolationException("product.shelf-life.invalid", MAX_SHELF_LIFE_DAYS);
        }
        return new ProductDetails(
                categoryId,
                titleZh,
                titleEn,
                descriptionZh,
                descriptionEn,
                origin(command.originCode()),
                command.temperature(),
                command.shelfLifeDays(),
                HarvestMonths.toBits(command.harvestMonths()),
                command.povertyRelief());
    }

    List<SkuCommand> initialSkus(@Nullable List<SkuCommand> skus) {
        if (skus == null || skus.isEmpty()) {
            throw new RuleViolationException("product.skus.required");
        }
        if (skus.size() > MAX_SKUS) {
            throw new RuleViolationException("product.skus.too-many", MAX_SKUS);
        }
        return skus;
    }

    /** A checked SKU for {@code productId}; position and stock are the caller's business. */
    SkuRow sku(long productId, int position, @Nullable SkuCommand command) {
        if (command == null) {
            throw new RuleViolationException("sku.spec.required", 60);
        }
        String spec = Input.required(command.specZh(), 60, "sku.spec.required");
        String specEn = Input.optional(command.specEn(), 80, "sku.spec-en.too-long");
        if (command.unit() == null) {
            throw new RuleViolationException("sku.unit.required", spec);
        }
        if (command.netWeightGrams() < 1 || command.netWeightGrams() > MAX_WEIGHT_GRAMS) {
            throw new RuleViolationException("sku.weight.invalid", spec);
        }
        BigDecimal price = command.price();
        if (price == null
                || price.signum() <= 0
                || price.compareTo(MAX_PRICE) > 0
                || price.stripTrailingZeros().scale() > 2) {
            throw new RuleViolationException("sku.price.invalid", spec);
        }
        PurchaseRule rule = purchaseRule(command, spec);
        return new SkuRow(
                null,
                productId,
                position,
                spec,
                specEn,
                command.unit(),
                command.netWeightGrams(),
                price.setScale(2),
                0,
                rule.minQuantity(),
                rule.step(),
                rule.maxPerOrder(),
                rule.maxPerBuyer(),
                rule.buyerWindowDays(),
                0);
    }

    private String origin(@Nullable String code) {
        RegionCode region;
        try {
            region = RegionCode.parse(code);
        } catch (RuntimeException e) {
            throw new RuleViolationException("product.origin.invalid", String.valueOf(code));
        }
        if (!regions.existsById(region.value())) {
            throw new RuleViolationException("product.origin.invalid", region.value());
        }
        return region.value();
    }

    /** Empty fields mean one unit at a time with no limit; a limit below the minimum sells nothing. */
    private static PurchaseRule purchaseRule(SkuCommand command, String spec) {
        int min = command.minQuantity() == null ? 1 : command.minQuantity();
        int step = command.quantityStep() == null ? 1 : command.quantityStep();
        Integer max = command.maxPerOrder();
        if (min < 1 || min > MAX_UNITS_PER_ORDER || step < 1 || step > MAX_UNITS_PER_ORDER) {
            throw new RuleViolationException("sku.purchase.invalid", spec, MAX_UNITS_PER_ORDER);
        }
        if (max != null && (max < min || max > MAX_UNITS_PER_ORDER)) {
            throw new RuleViolationException("sku.purchase.limit-invalid", spec, min, MAX_UNITS_PER_ORDER);
        }
        Integer perBuyer = command.maxPerBuyer();
        int window =
                command.buyerWindowDays() == null ? PurchaseRule.DEFAULT_BUYER_WINDOW_DAYS : command.buyerWindowDays();
        if (perBuyer != null && (perBuyer < min || perBuyer > MAX_UNITS_PER_BUYER)
                || window < 1
                || window > MAX_BUYER_WINDOW_DAYS) {
            throw new RuleViolationException(
                    "sku.purchase.buyer-limit-invalid", spec, min, MAX_UNITS_PER_BUYER, MAX_BUYER_WINDOW_DAYS);
        }
        return new PurchaseRule(min, step, max, perBuyer, window);
    }
}
