package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.techan.catalog.BrandView;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CategoryView;
import org.techan.catalog.CertificateKind;
import org.techan.catalog.ExpiringBatch;
import org.techan.catalog.ImportProblem;
import org.techan.catalog.ImportReport;
import org.techan.catalog.InspectionResult;
import org.techan.catalog.PageOf;
import org.techan.catalog.ProductView;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.ShopView;
import org.techan.catalog.SubmitCertificateCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.UpdateShopProfileCommand;
import org.techan.orders.OrdersApi;
import org.techan.platform.Actor;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;

/**
 * The cooperative back office: staff see and change only their own shop. Which shop and which
 * products are theirs is decided by the catalog, never here.
 */
@Hidden
@Controller("/coop")
@ExecuteOn(TaskExecutors.BLOCKING)
class CoopBackOfficeController {

    static final int PRODUCTS_PER_PAGE = 20;
    /** How far ahead the shop is warned of batches leaving sale, in days. */
    static final int EXPIRY_WARNING_DAYS = 3;

    private static final List<Integer> MONTHS =
            IntStream.rangeClosed(1, 12).boxed().toList();

    private final CatalogApi catalog;
    private final FailureText failures;
    private final RegionChoices regions;
    private final OrdersApi orders;

    CoopBackOfficeController(CatalogApi catalog, FailureText failures, RegionChoices regions, OrdersApi orders) {
        this.orders = orders;
        this.regions = regions;
        this.catalog = catalog;
        this.failures = failures;
    }

    @View("coop/home")
    @Get(produces = MediaType.TEXT_HTML)
    BackOfficePage home(
            Actor staff, @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "0") int imported) {
        PageOf<ProductView> products = catalog.ownProducts(staff, Math.max(page, 0), PRODUCTS_PER_PAGE);
        return new BackOfficePage(
                catalog.shopOf(staff),
                products,
                (products.total() + PRODUCTS_PER_PAGE - 1) / PRODUCTS_PER_PAGE,
                imported,
                null,
                catalog.expiringBatches(staff, EXPIRY_WARNING_DAYS),
                orders.waitingAfterSales(staff).size());
    }

    @Post(uri = "/profile", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> updateProfile(HttpRequest<?> request, Actor staff, @Body ProfileForm form) {
        try {
            catalog.updateShopProfile(
                    staff,
                    new UpdateShopProfileCommand(
                            form.nameZh(),
                            form.nameEn(),
                            form.specialtyZh(),
                            form.contactName(),
                            form.contactPhone(),
                            form.foodBusinessLicence(),
                            form.storyZh(),
                            form.storyEn()));
            return HttpResponse.seeOther(URI.create("/coop"));
        } catch (RuleViolationException refused) {
            PageOf<ProductView> products = catalog.ownProducts(staff, 0, PRODUCTS_PER_PAGE);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>(
                            "coop/home",
                            new BackOfficePage(
                                    catalog.shopOf(staff),
                                    products,
                                    (products.total() + PRODUCTS_PER_PAGE - 1) / PRODUCTS_PER_PAGE,
                                    0,
                                    failures.of(request, refused),
                                    catalog.expiringBatches(staff, EXPIRY_WARNING_DAYS),
                                    orders.waitingAfterSales(staff).size())));
        }
    }

    @Serdeable
    record ProfileForm(
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable String specialtyZh,
            @Nullable String contactName,
            @Nullable String contactPhone,
            @Nullable String foodBusinessLicence,
            @Nullable String storyZh,
            @Nullable String storyEn) {}

    @View("coop/product-form")
    @Get(uri = "/products/new", produces = MediaType.TEXT_HTML)
    ProductFormPage newProduct(Actor signedIn) {
        ShopView shop = catalog.shopOf(signedIn);
        return formPage(signedIn, ProductForm.blank(shop.villageCode()), null, null);
    }

    @Post(uri = "/products", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, Actor signedIn, @Body ProductForm form) {
        try {
            ProductView created = catalog.createProduct(signedIn, form.toCommand(true));
            return HttpResponse.seeOther(URI.create("/coop/products/" + created.id()));
        } catch (RuleViolationException refused) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formView(signedIn, form, null, failures.of(request, refused)));
        }
    }

    @View("coop/import")
    @Get(uri = "/products/import", produces = MediaType.TEXT_HTML)
    ImportPage importForm() {
        return new ImportPage(ProductCsv.COLUMNS, List.of());
    }

    @Get(uri = "/products/import/template.csv", produces = "text/csv")
    HttpResponse<String> importTemplate() {
        return HttpResponse.ok("\uFEFF" + ProductCsv.TEMPLATE)
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"techan-products.csv\"");
    }

    @Post(uri = "/products/import", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> importProducts(
            HttpRequest<?> request, Actor signedIn, @Part("file") @Nullable CompletedFileUpload file)
            throws java.io.IOException {
        List<ImportProblem> problems;
        if (file == null || file.getSize() == 0 || file.getSize() > Uploads.MAX_BYTES) {
            problems = List.of(new ImportProblem(0, "import.file.required", List.of(Uploads.MAX_BYTES / 1024 / 1024)));
        } else {
            ProductCsv.Parsed parsed = ProductCsv.parse(file.getBytes());
            problems = parsed.problems();
            if (problems.isEmpty()) {
                ImportReport report = catalog.importProducts(signedIn, parsed.rows());
                if (report.succeeded()) {
                    return HttpResponse.seeOther(URI.create("/coop?imported=" + report.imported()));
                }
                problems = report.problems();
            }
        }
        List<String> lines = problems.stream()
                .map(problem -> (problem.row() > 0 ? failures.of(request, "import.row", problem.row()) : "")
                        + failures.of(
                                request,
                                problem.messageKey(),
                                problem.arguments().toArray()))
                .toList();
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("coop/import", new ImportPage(ProductCsv.COLUMNS, lines)));
    }

    @View("coop/product-form")
    @Get(uri = "/products/{id}", produces = MediaType.TEXT_HTML)
    ProductFormPage product(Actor signedIn, @PathVariable long id) {
        ProductView product = catalog.product(signedIn, id);
        return formPage(signedIn, ProductForm.of(product), product, null);
    }

    @Post(uri = "/products/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> revise(HttpRequest<?> request, Actor signedIn, @PathVariable long id, @Body ProductForm form) {
        Actor actor = signedIn;
        try {
            catalog.reviseProduct(actor, id, form.toCommand(false));
            return HttpResponse.seeOther(URI.create("/coop/products/" + id));
        } catch (RuleViolationException refused) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formView(signedIn, form, catalog.product(actor, id), failures.of(request, refused)));
        }
    }

    @Post(uri = "/products/{id}/skus", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addSku(HttpRequest<?> request, Actor actor, @PathVariable long id, @Body ProductForm form) {
        return onProduct(request, actor, id, product -> catalog.addSku(actor, id, form.sku()));
    }

    @Post(
            uri = "/products/{id}/skus/{skuId}",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> reviseSku(
            HttpRequest<?> request,
            Actor actor,
            @PathVariable long id,
            @PathVariable long skuId,
            @Body ProductForm form) {
        return onProduct(request, actor, id, product -> {
            if (product.skus().stream().noneMatch(sku -> sku.id() == skuId)) {
                throw new NotFoundException("sku.not-found", skuId);
            }
            catalog.reviseSku(actor, skuId, form.sku());
        });
    }

    @Post(
            uri = "/products/{id}/publish",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> publish(HttpRequest<?> request, Actor actor, @PathVariable long id) {
        return onProduct(request, actor, id, product -> catalog.publishProduct(actor, id));
    }

    @Post(
            uri = "/products/{id}/batches",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> receiveBatch(HttpRequest<?> request, Actor actor, @PathVariable long id, @Body BatchForm form) {
        return onProduct(request, actor, id, product -> catalog.receiveBatch(actor, form.toCommand(product)));
    }

    @Post(uri = "/products/{id}/certificates", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> submitCertificate(
            HttpRequest<?> request,
            Actor actor,
            @PathVariable long id,
            @Part("kind") @Nullable String kind,
            @Part("number") @Nullable String number,
            @Part("issuer") @Nullable String issuer,
            @Part("validFrom") @Nullable String validFrom,
            @Part("validTo") @Nullable String validTo,
            @Part("document") @Nullable CompletedFileUpload document) {
        return onProduct(
                request,
                actor,
                id,
                product -> catalog.submitCertificate(
                        actor,
                        new SubmitCertificateCommand(
                                id,
                                FormValues.constant(CertificateKind.class, kind),
                                number,
                                issuer,
                                FormValues.date(validFrom),
                                FormValues.date(validTo)),
                        Uploads.bytes(document)));
    }

    @Post(uri = "/products/{id}/images", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addImage(
            HttpRequest<?> request,
            Actor actor,
            @PathVariable long id,
            @Part("image") @Nullable CompletedFileUpload image) {
        return onProduct(request, actor, id, product -> catalog.addProductImage(actor, id, Uploads.bytes(image)));
    }

    @Get(uri = "/products/{id}/media/{key}")
    HttpResponse<byte[]> image(Actor signedIn, @PathVariable long id, @PathVariable String key) {
        return Uploads.asResponse(catalog.productImage(signedIn, id, key));
    }

    @Post(
            uri = "/products/{id}/images/{imageId}/cover",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> makeCover(HttpRequest<?> request, Actor actor, @PathVariable long id, @PathVariable long imageId) {
        return onProduct(request, actor, id, product -> catalog.makeProductImageCover(actor, id, imageId));
    }

    @Post(
            uri = "/products/{id}/images/{imageId}/remove",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> removeImage(
            HttpRequest<?> request, Actor actor, @PathVariable long id, @PathVariable long imageId) {
        return onProduct(request, actor, id, product -> catalog.removeProductImage(actor, id, imageId));
    }

    @Get(uri = "/certificates/{id}/document")
    HttpResponse<byte[]> certificateDocument(Actor signedIn, @PathVariable long id) {
        return Uploads.asResponse(catalog.certificateDocument(signedIn, id));
    }

    @Post(
            uri = "/products/{id}/brand",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> brand(HttpRequest<?> request, Actor actor, @PathVariable long id, @Body BrandChoice choice) {
        return onProduct(request, actor, id, product -> catalog.brandProduct(actor, id, choice.brandSlug()));
    }

    @Serdeable
    record BrandChoice(@Nullable String brandSlug) {}

    @Post(uri = "/products/{id}/unpublish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unpublish(Actor signedIn, @PathVariable long id) {
        catalog.unpublishProduct(signedIn, id);
        return HttpResponse.seeOther(URI.create("/coop/products/" + id));
    }

    /**
     * Runs one change to a product of the actor's shop and goes back to its page; refused input
     * shows the page again with the reason, and an unknown or foreign product is a 404 first.
     */
    private HttpResponse<?> onProduct(HttpRequest<?> request, Actor actor, long id, Consumer<ProductView> change) {
        ProductView product = catalog.product(actor, id);
        try {
            change.accept(product);
            return HttpResponse.seeOther(URI.create("/coop/products/" + id));
        } catch (RuleViolationException refused) {
            ProductView current = catalog.product(actor, id);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formView(actor, ProductForm.of(current), current, failures.of(request, refused)));
        }
    }

    /** Redirects carry no page, so POST handlers name their view only when they show one. */
    private ModelAndView<ProductFormPage> formView(
            Actor actor, ProductForm form, @Nullable ProductView product, @Nullable String error) {
        return new ModelAndView<>("coop/product-form", formPage(actor, form, product, error));
    }

    private ProductFormPage formPage(
            Actor actor, ProductForm form, @Nullable ProductView product, @Nullable String error) {
        return new ProductFormPage(
                form,
                product,
                error,
                catalog.categories(),
                List.of(TemperatureClass.values()),
                List.of(SaleUnit.values()),
                MONTHS,
                List.of(InspectionResult.PASSED, InspectionResult.NOT_INSPECTED),
                List.of(CertificateKind.values()),
                catalog.brandsLicensedTo(actor),
                regions.marketplace("origin", form.origin()));
    }

    @Introspected
    record ImportPage(List<String> columns, List<String> problems) {}

    @Introspected
    record BackOfficePage(
            ShopView shop,
            PageOf<ProductView> products,
            long pageCount,
            int imported,
            @Nullable String error,
            List<ExpiringBatch> expiring,
            int afterSalesWaiting) {}

    @Introspected
    record ProductFormPage(
            ProductForm form,
            @Nullable ProductView product,
            @Nullable String error,
            List<CategoryView> categories,
            List<TemperatureClass> temperatures,
            List<SaleUnit> units,
            List<Integer> months,
            List<InspectionResult> inspectionResults,
            List<CertificateKind> certificateKinds,
            List<BrandView> brands,
            RegionChoices.Picker origin) {}
}
