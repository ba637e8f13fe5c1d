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
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;
import org.techan.catalog.ApplyForShopCommand;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ShopKind;
import org.techan.platform.DomainException;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;

/** 一村一品一店: a cooperative, family farm or producing base applies for its shop itself. */
@Hidden
@Controller("/apply")
@ExecuteOn(TaskExecutors.BLOCKING)
class ShopApplicationController {

    private final CatalogApi catalog;
    private final RegionChoices regions;
    private final FailureText failures;

    ShopApplicationController(CatalogApi catalog, RegionChoices regions, FailureText failures) {
        this.catalog = catalog;
        this.regions = regions;
        this.failures = failures;
    }

    @View("apply")
    @Get(produces = MediaType.TEXT_HTML)
    ApplicationPage form() {
        return page(ApplicationForm.blank(), null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> apply(HttpRequest<?> request, @Body ApplicationForm form) {
        try {
            catalog.applyForShopWithAccount(form.application(), form.account());
            return HttpResponse.seeOther(URI.create(SignInController.PATH + "?next=%2Fcoop&applied=1"));
        } catch (DomainException refused) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("apply", page(form, failures.of(request, refused))));
        }
    }

    private ApplicationPage page(ApplicationForm form, @Nullable String error) {
        return new ApplicationPage(
                form, error, List.of(ShopKind.values()), regions.marketplace("village", form.chosenVillage()));
    }

    @Serdeable
    record ApplicationForm(
            @Nullable String slug,
            @Nullable String kind,
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable String villageCode,
            @Nullable String province,
            @Nullable String city,
            @Nullable String county,
            @Nullable String township,
            @Nullable String village,
            @Nullable String specialtyZh,
            @Nullable String contactName,
            @Nullable String contactPhone,
            @Nullable String businessLicence,
            @Nullable String foodBusinessLicence,
            @Nullable String login,
            @Nullable String password) {

        static ApplicationForm blank() {
            return new ApplicationForm(
                    "", "COOPERATIVE", "", "", "", null, null, null, null, null, "", "", "", "", "", "", "");
        }

        /** The village picked level by level, or the code API clients and older pages send. */
        @Nullable
        String chosenVillage() {
            return RegionChoices.chosen(villageCode, province, city, county, township, village);
        }

        ApplyForShopCommand application() {
            return new ApplyForShopCommand(
                    slug,
                    shopKind(),
                    nameZh,
                    nameEn,
                    chosenVillage(),
                    specialtyZh,
                    contactName,
                    contactPhone,
                    businessLicence,
                    foodBusinessLicence);
        }

        RegisterAccountCommand account() {
            return new RegisterAccountCommand(login, password, contactName, Role.SHOP_STAFF);
        }

        private @Nullable ShopKind shopKind() {
            try {
                return kind == null ? null : ShopKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return "ApplicationForm[slug=" + slug + ", login=" + login + "]";
        }
    }

    @Introspected
    record ApplicationPage(
            ApplicationForm form, @Nullable String error, List<ShopKind> kinds, RegionChoices.Picker villages) {}
}
