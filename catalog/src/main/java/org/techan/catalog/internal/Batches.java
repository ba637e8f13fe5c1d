package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.techan.catalog.BatchDestination;
import org.techan.catalog.BatchRecalled;
import org.techan.catalog.BatchShipment;
import org.techan.catalog.BatchView;
import org.techan.catalog.InspectionResult;
import org.techan.catalog.ReceiveBatchCommand;
import org.techan.catalog.RegionCode;
import org.techan.catalog.StockChanged;
import org.techan.catalog.TraceView;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.RuleViolationException;

/** Stock receipts as traceable batches, and operator recalls that take a batch off sale. */
@Singleton
class Batches {

    private static final int MAX_QUANTITY = 1_000_000;

    private final BatchRepository batches;
    private final Inventory inventory;
    private final RegionRepository regionRows;
    private final SkuRepository skus;
    private final ProductRepository products;
    private final ShopRepository shops;
    private final Regions regions;
    private final Access access;
    private final TraceCodes codes;
    private final Outbox outbox;
    private final Clock clock;

    Batches(
            BatchRepository batches,
            SkuRepository skus,
            ProductRepository products,
            ShopRepository shops,
            Regions regions,
            Access access,
            TraceCodes codes,
            Outbox outbox,
            Clock clock,
            Inventory inventory,
            RegionRepository regionRows) {
        this.inventory = inventory;
        this.regionRows = regionRows;
        this.batches = batches;
        this.skus = skus;
        this.products = products;
        this.shops = shops;
        this.regions = regions;
        this.access = access;
        this.codes = codes;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public BatchView receive(Actor actor, ReceiveBatchCommand command) {
        SkuRow sku = skus.findById(command.skuId())
                .orElseThrow(() -> new NotFoundException("sku.not-found", command.skuId()));
        ProductRow product = products.findById(sku.productId()).orElseThrow();
        access.requireShop(actor, product.shopId(), "sku.not-found", command.skuId());
        if (command.quantity() < 1 || command.quantity() > MAX_QUANTITY) {
            throw new RuleViolationException("batch.quantity.invalid", MAX_QUANTITY);
        }
        LocalDate harvested = command.harvestDate();
        if (harvested == null || harvested.isAfter(MarketCalendar.today(clock))) {
            throw new RuleViolationException("batch.harvest-date.invalid");
        }
        InspectionResult inspection =
                command.inspectionResult() == null ? InspectionResult.NOT_INSPECTED : command.inspectionResult();
        if (inspection == InspectionResult.FAILED) {
            throw new RuleViolationException("batch.inspection.failed");
        }
        BatchRow row = new BatchRow(
                null,
                uniqueCode(),
                sku.id(),
                product.id(),
                product.shopId(),
                command.quantity(),
                command.quantity(),
                harvested,
                Input.required(command.basePlot(), 120, "batch.base-plot.required"),
                Input.optional(command.inputs(), 5000, "batch.text.too-long"),
                Input.optional(command.inspectionAgency(), 120, "batch.text.too-long"),
                Input.optional(command.inspectionReport(), 60, "batch.text.too-long"),
                inspection,
                Input.optional(command.processingSteps(), 5000, "batch.text.too-long"),
                clock.instant(),
                null,
                null,
                0);
        BatchRow saved = batches.save(row);
        inventory.addToSku(sku.id(), command.quantity());
        outbox.publish(CatalogSchema.OUTBOX, new StockChanged(product.id(), sku.id()));
        return saved.view();
    }

    @Transactional
    public BatchView recall(Actor operator, String traceCode, @Nullable String reason) {
        access.requireOperator(operator);
        BatchRow batch = row(traceCode);
        if (batch.recalledAt() != null) {
            throw new ConflictException("batch.already-recalled", traceCode);
        }
        String why = Input.required(reason, 500, "batch.recall.reason-required");
        if (batch.remaining() > 0 && !inventory.takeFromSku(batch.skuId(), batch.remaining())) {
            throw new IllegalStateException(
                    "SKU " + batch.skuId() + " holds fewer units than batch " + traceCode + " has left");
        }
        BatchRow recalled = batches.update(batch.recalled(clock.instant(), why));
        List<String> reservations = inventory.shipments(batch.id()).stream()
                .map(BatchShipment::reference)
                .toList();
        outbox.publish(
                CatalogSchema.OUTBOX,
                new BatchRecalled(batch.traceCode(), batch.productId(), batch.skuId(), reservations));
        outbox.publish(CatalogSchema.OUTBOX, new StockChanged(batch.productId(), batch.skuId()));
        return recalled.view();
    }

    @Transactional(readOnly = true)
    public TraceView trace(String traceCode) {
        BatchRow batch = row(traceCode);
        ProductRow product = products.findById(batch.productId()).orElseThrow();
        SkuRow sku = skus.findById(batch.skuId()).orElseThrow();
        ShopRow shop = shops.findById(batch.shopId()).orElseThrow();
        return new TraceView(
                batch.view(),
                product.titleZh(),
                product.titleEn(),
                sku.specZh(),
                shop.slug(),
                shop.nameZh(),
                regions.path(new RegionCode(shop.villageCode())),
                destinations(batch.id()));
    }

    /** Where the batch's sold units went, by city; a city not in the catalog's regions shows its code. */
    private List<BatchDestination> destinations(long batchId) {
        List<BatchDestination> destinations = new ArrayList<>();
        inventory.soldByCity(batchId).forEach((code, quantity) -> {
            var region = regionRows.findById(code);
            destinations.add(new BatchDestination(
                    code,
                    region.map(RegionRow::nameZh).orElse(code),
                    region.map(RegionRow::nameEn).orElse(null),
                    quantity));
        });
        return destinations;
    }

    @Transactional(readOnly = true)
    public List<BatchShipment> shipments(Actor operator, String traceCode) {
        access.requireOperator(operator);
        return inventory.shipments(row(traceCode).id());
    }

    private BatchRow row(String traceCode) {
        String code = traceCode == null ? "" : traceCode.strip().toUpperCase();
        if (!TraceCodes.wellFormed(code)) {
            throw new NotFoundException("batch.not-found", String.valueOf(traceCode));
        }
        return batches.findByTraceCode(code).orElseThrow(() -> new NotFoundException("batch.not-found", code));
    }

    private String uniqueCode() {
        String code = codes.next();
        while (batches.existsByTraceCode(code)) {
            code = codes.next();
        }
        return code;
    }
}
