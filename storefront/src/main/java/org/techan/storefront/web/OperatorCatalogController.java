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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.techan.catalog.AddCategoryCommand;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CategoryView;
import org.techan.catalog.OpenPavilionCommand;
import org.techan.catalog.PavilionView;
import org.techan.catalog.ProductView;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegisterVillageCommand;
import org.techan.catalog.ShopView;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.RuleViolationException;

/**
 * Operators curate the catalog's structure: regions, categories, pavilions, their featured shops
 * and picked products.
 */
@Hidden
@Controller("/ops/catalog")
@ExecuteOn(TaskExecutors.BLOCKING)
class OperatorCatalogController {

    private static final URI BACK = URI.create("/ops/catalog");

    /** Enough choices for a county's pavilion; more are found by region or by search. */
    private static final int CHOICES = 100;

    private final CatalogApi catalog;
    private final RegionChoices regions;
    private final FailureText failures;

    OperatorCatalogController(CatalogApi catalog, RegionChoices regions, FailureText failures) {
        this.catalog = catalog;
        this.regions = regions;
        this.failures = failures;
    }

    @View("ops/catalog")
    @Get(produces = MediaType.TEXT_HTML)
    CatalogStructurePage page() {
        return page(null);
    }

    @Post(uri = "/villages", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> registerVillage(HttpRequest<?> request, Actor signedIn, @Body VillageForm form) {
        return attempt(
                request,
                () -> catalog.registerVillage(
                        signedIn,
                        new RegisterVillageCommand(form.township(), form.code(), form.nameZh(), form.nameEn())));
    }

    @Post(uri = "/categories", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addCategory(HttpRequest<?> request, Actor signedIn, @Body CategoryForm form) {
        return attempt(
                request,
                () -> catalog.addCategory(
                        signedIn,
                        new AddCategoryCommand(form.slug(), form.nameZh(), form.nameEn(), form.parentSlug())));
    }

    @Post(uri = "/pavilions", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> openPavilion(HttpRequest<?> request, Actor signedIn, @Body PavilionForm form) {
        return attempt(
                request,
                () -> catalog.openPavilion(
                        signedIn,
                        new OpenPavilionCommand(
                                form.slug(),
                                RegionChoices.chosen(
                                        form.regionCode(),
                                        form.province(),
                                        form.city(),
                                        form.county(),
                                        form.township(),
                                        form.village()),
                                form.nameZh(),
                                form.nameEn(),
                                form.storyZh(),
                                form.storyEn(),
                                null)));
    }

    @Post(uri = "/pavilions/featured", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> feature(HttpRequest<?> request, Actor signedIn, @Body FeatureForm form) {
        return attempt(
                request,
                () -> catalog.featureShop(
                        signedIn,
                        Objects.requireNonNullElse(form.pavilionSlug(), ""),
                        Objects.requireNonNullElse(form.shopSlug(), ""),
                        Objects.requireNonNullElse(form.position(), 0)));
    }

    @Post(uri = "/pavilions/picks", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> pick(HttpRequest<?> request, Actor signedIn, @Body PickForm form) {
        return attempt(
                request,
                () -> catalog.pickProduct(
                        signedIn,
                        Objects.requireNonNullElse(form.pavilionSlug(), ""),
                        FormValues.integer(form.productId()),
                        FormValues.integer(form.position())));
    }

    @Post(
            uri = "/pavilions/{slug}/picks/{productId}/remove",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> unpick(
            HttpRequest<?> request, Actor signedIn, @PathVariable String slug, @PathVariable long productId) {
        return attempt(request, () -> catalog.unpickProduct(signedIn, slug, productId));
    }

    /** Refused input shows the console again with the reason above the forms, and changes nothing. */
    private HttpResponse<?> attempt(HttpRequest<?> request, Runnable change) {
        try {
            change.run();
            return HttpResponse.seeOther(BACK);
        } catch (RuleViolationException | ConflictException refused) {
            HttpStatus status = ErrorResponses.statusOf(refused);
            return HttpResponse.status(status)
                    .body(new ModelAndView<>("ops/catalog", page(failures.of(request, refused))));
        }
    }

    private CatalogStructurePage page(@Nullable String error) {
        List<PavilionView> pavilions = catalog.pavilions();
        return new CatalogStructurePage(
                catalog.categories(),
                pavilions,
                pavilions.stream().map(this::choicesOf).toList(),
                regions.divisions("village-township", null),
                regions.marketplace("pavilion-region", null),
                error);
    }

    /** What an operator may feature and pick in a pavilion: its region's open shops and products on sale. */
    private PavilionPicks choicesOf(PavilionView pavilion) {
        List<ProductView> picked = catalog.pavilionPicks(pavilion.slug());
        Set<Long> pickedIds = picked.stream().map(ProductView::id).collect(Collectors.toSet());
        return new PavilionPicks(
                pavilion,
                picked,
                catalog.openShopsIn(RegionCode.parse(pavilion.regionCode()), 0, CHOICES)
                        .items(),
                catalog.pavilionProducts(pavilion.slug(), 0, CHOICES).items().stream()
                        .filter(product -> !pickedIds.contains(product.id()))
                        .toList());
    }

    @Serdeable
    record VillageForm(
            @Nullable String province,
            @Nullable String city,
            @Nullable String county,
            @Nullable String township,
            @Nullable String code,
            @Nullable String nameZh,
            @Nullable String nameEn) {}

    @Serdeable
    record CategoryForm(
            @Nullable String slug, @Nullable String nameZh, @Nullable String nameEn, @Nullable String parentSlug) {}

    @Serdeable
    record PavilionForm(
            @Nullable String slug,
            @Nullable String regionCode,
            @Nullable String province,
            @Nullable String city,
            @Nullable String county,
            @Nullable String township,
            @Nullable String village,
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable String storyZh,
            @Nullable String storyEn) {}

    @Serdeable
    record FeatureForm(@Nullable String pavilionSlug, @Nullable String shopSlug, @Nullable Integer position) {}

    @Serdeable
    record PickForm(@Nullable String pavilionSlug, @Nullable String productId, @Nullable String position) {}

    @Introspected
    record PavilionPicks(
            PavilionView pavilion, List<ProductView> products, List<ShopView> shops, List<ProductView> candidates) {}

    @Introspected
    record CatalogStructurePage(
            List<CategoryView> categories,
            List<PavilionView> pavilions,
            List<PavilionPicks> picks,
            RegionChoices.Picker villageTownship,
            RegionChoices.Picker pavilionRegion,
            @Nullable String error) {}
}
