package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;
import org.techan.catalog.AddCategoryCommand;
import org.techan.catalog.AddRegionCommand;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CategoryView;
import org.techan.catalog.OpenPavilionCommand;
import org.techan.catalog.PavilionView;
import org.techan.storefront.security.SignedIn;

/** Operators curate the catalog's structure: regions, categories, pavilions and their featured shops. */
@Hidden
@Controller("/ops/catalog")
@ExecuteOn(TaskExecutors.BLOCKING)
class OperatorCatalogController {

    private static final URI BACK = URI.create("/ops/catalog");

    private final CatalogApi catalog;

    OperatorCatalogController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @View("ops/catalog")
    @Get(produces = MediaType.TEXT_HTML)
    CatalogStructurePage page() {
        return new CatalogStructurePage(catalog.categories(), catalog.pavilions());
    }

    @Post(uri = "/regions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addRegion(Authentication authentication, @Body RegionForm form) {
        catalog.addRegion(
                SignedIn.actor(authentication), new AddRegionCommand(form.code(), form.nameZh(), form.nameEn()));
        return HttpResponse.seeOther(BACK);
    }

    @Post(uri = "/categories", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addCategory(Authentication authentication, @Body CategoryForm form) {
        catalog.addCategory(
                SignedIn.actor(authentication),
                new AddCategoryCommand(form.slug(), form.nameZh(), form.nameEn(), form.parentSlug()));
        return HttpResponse.seeOther(BACK);
    }

    @Post(uri = "/pavilions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> openPavilion(Authentication authentication, @Body PavilionForm form) {
        catalog.openPavilion(
                SignedIn.actor(authentication),
                new OpenPavilionCommand(
                        form.slug(),
                        form.regionCode(),
                        form.nameZh(),
                        form.nameEn(),
                        form.storyZh(),
                        form.storyEn(),
                        null));
        return HttpResponse.seeOther(BACK);
    }

    @Post(uri = "/pavilions/featured", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> feature(Authentication authentication, @Body FeatureForm form) {
        catalog.featureShop(
                SignedIn.actor(authentication),
                form.pavilionSlug() == null ? "" : form.pavilionSlug(),
                form.shopSlug() == null ? "" : form.shopSlug(),
                form.position() == null ? 0 : form.position());
        return HttpResponse.seeOther(BACK);
    }

    @Serdeable
    record RegionForm(@Nullable String code, @Nullable String nameZh, @Nullable String nameEn) {}

    @Serdeable
    record CategoryForm(
            @Nullable String slug, @Nullable String nameZh, @Nullable String nameEn, @Nullable String parentSlug) {}

    @Serdeable
    record PavilionForm(
            @Nullable String slug,
            @Nullable String regionCode,
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable String storyZh,
            @Nullable String storyEn) {}

    @Serdeable
    record FeatureForm(@Nullable String pavilionSlug, @Nullable String shopSlug, @Nullable Integer position) {}

    @Introspected
    record CatalogStructurePage(List<CategoryView> categories, List<PavilionView> pavilions) {}
}
