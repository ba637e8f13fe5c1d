package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.techan.catalog.BatchChoice;
import org.techan.catalog.BatchShipment;
import org.techan.catalog.BatchView;
import org.techan.catalog.BrandView;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CertificateStatus;
import org.techan.catalog.CertificateView;
import org.techan.catalog.CreateBrandCommand;
import org.techan.catalog.PageOf;
import org.techan.catalog.RegionCode;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.ShopView;
import org.techan.catalog.TraceView;
import org.techan.platform.Actor;
import org.techan.platform.RuleViolationException;

/** The operators' console: the queue of shop applications and the shops' status. */
@Hidden
@Controller("/ops")
@ExecuteOn(TaskExecutors.BLOCKING)
class OperatorConsoleController {

    static final int SHOPS_PER_PAGE = 20;

    /** Enough shops to license a brand to in its region. */
    private static final int CHOICES = 100;

    private final CatalogApi catalog;
    private final RegionChoices regions;

    OperatorConsoleController(CatalogApi catalog, RegionChoices regions) {
        this.catalog = catalog;
        this.regions = regions;
    }

    @View("ops/home")
    @Get(produces = MediaType.TEXT_HTML)
    ConsolePage home(
            Actor signedIn,
            @QueryValue(defaultValue = "APPLIED") ShopStatus status,
            @QueryValue(defaultValue = "0") int page) {
        PageOf<ShopView> shops = catalog.shopsWithStatus(signedIn, status, Math.max(page, 0), SHOPS_PER_PAGE);
        return new ConsolePage(
                status,
                shops,
                (shops.total() + SHOPS_PER_PAGE - 1) / SHOPS_PER_PAGE,
                List.of(ShopStatus.values()),
                catalog.brands().stream().map(this::licensable).toList(),
                regions.marketplace("brand-region", null),
                catalog.recallableBatches(signedIn));
    }

    /** A brand with the open shops of its region, to license it to. */
    private BrandChoices licensable(BrandView brand) {
        return new BrandChoices(
                brand,
                catalog.openShopsIn(RegionCode.parse(brand.regionCode()), 0, CHOICES)
                        .items());
    }

    @Post(uri = "/shops/{slug}/status", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changeStatus(Actor signedIn, @PathVariable String slug, @Body StatusForm form) {
        ShopStatus next = form.status();
        if (next == null) {
            throw new RuleViolationException("shop.status.required");
        }
        ShopView shop = catalog.changeShopStatus(signedIn, slug, next);
        return HttpResponse.seeOther(URI.create("/ops?status=" + (form.from() == null ? shop.status() : form.from())));
    }

    @Post(uri = "/batches/recall", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> recall(Actor signedIn, @Body RecallForm form) {
        String code = form.traceCode() == null ? "" : form.traceCode();
        BatchView recalled = catalog.recallBatch(signedIn, code, form.reason());
        return HttpResponse.seeOther(URI.create("/ops/batches/" + recalled.traceCode()));
    }

    /** A batch as operators follow it up: its trace, and the orders holding its units (for a recall). */
    @View("ops/batch")
    @Get(uri = "/batches/{code}", produces = MediaType.TEXT_HTML)
    BatchPage batch(Actor signedIn, @PathVariable String code) {
        return new BatchPage(catalog.trace(code), catalog.batchShipments(signedIn, code));
    }

    @View("ops/certificates")
    @Get(uri = "/certificates", produces = MediaType.TEXT_HTML)
    CertificateQueuePage certificates(Actor signedIn, @QueryValue(defaultValue = "0") int page) {
        PageOf<CertificateView> queue = catalog.certificatesAwaitingReview(signedIn, Math.max(page, 0), SHOPS_PER_PAGE);
        return new CertificateQueuePage(queue, (queue.total() + SHOPS_PER_PAGE - 1) / SHOPS_PER_PAGE);
    }

    @Post(uri = "/certificates/{id}/review", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> review(Actor signedIn, @PathVariable long id, @Body ReviewForm form) {
        if (form.decision() == null) {
            throw new RuleViolationException("certificate.decision.required");
        }
        catalog.reviewCertificate(signedIn, id, form.decision(), form.note());
        return HttpResponse.seeOther(URI.create("/ops/certificates"));
    }

    @Get(uri = "/certificates/{id}/document")
    HttpResponse<byte[]> certificateDocument(Actor signedIn, @PathVariable long id) {
        return Uploads.asResponse(catalog.certificateDocument(signedIn, id));
    }

    @Post(uri = "/brands", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createBrand(Actor signedIn, @Body BrandForm form) {
        catalog.createBrand(
                signedIn,
                new CreateBrandCommand(
                        form.slug(),
                        form.nameZh(),
                        form.nameEn(),
                        Objects.requireNonNullElse(
                                RegionChoices.chosen(
                                        form.regionCode(),
                                        form.province(),
                                        form.city(),
                                        form.county(),
                                        form.township(),
                                        form.village()),
                                ""),
                        form.ownerZh()));
        return HttpResponse.seeOther(URI.create("/ops"));
    }

    @Post(uri = "/brands/licences", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> licenseBrand(Actor signedIn, @Body LicenceForm form) {
        catalog.licenseBrand(
                signedIn,
                form.brandSlug() == null ? "" : form.brandSlug(),
                form.shopSlug() == null ? "" : form.shopSlug(),
                FormValues.date(form.validFrom()),
                FormValues.date(form.validTo()));
        return HttpResponse.seeOther(URI.create("/ops"));
    }

    @Serdeable
    record BrandForm(
            @Nullable String slug,
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable String regionCode,
            @Nullable String province,
            @Nullable String city,
            @Nullable String county,
            @Nullable String township,
            @Nullable String village,
            @Nullable String ownerZh) {}

    @Serdeable
    record LicenceForm(
            @Nullable String brandSlug,
            @Nullable String shopSlug,
            @Nullable String validFrom,
            @Nullable String validTo) {}

    @Serdeable
    record ReviewForm(@Nullable CertificateStatus decision, @Nullable String note) {}

    @Introspected
    record CertificateQueuePage(PageOf<CertificateView> certificates, long pageCount) {}

    @Introspected
    record BatchPage(TraceView trace, List<BatchShipment> shipments) {}

    @Serdeable
    record RecallForm(@Nullable String traceCode, @Nullable String reason) {}

    @Serdeable
    record StatusForm(@Nullable ShopStatus status, @Nullable ShopStatus from) {}

    @Introspected
    record ConsolePage(
            ShopStatus status,
            PageOf<ShopView> shops,
            long pageCount,
            List<ShopStatus> statuses,
            List<BrandChoices> brands,
            RegionChoices.Picker brandRegion,
            List<BatchChoice> batches) {}

    @Introspected
    record BrandChoices(BrandView brand, List<ShopView> shops) {}
}
