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
    private final FailureText failures;

    ShopApplicationController(CatalogApi catalog, FailureText failures) {
        this.catalog = catalog;
        this.failures = failures;
    }

    @View("apply")
    @Get(produces = MediaType.TEXT_HTML)
    ApplicationPage form() {
        return new ApplicationPage(ApplicationForm.blank(), null, List.of(ShopKind.values()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> apply(HttpRequest<?> request, @Body ApplicationForm form) {
        try {
            catalog.applyForShopWithAccount(form.application(), form.account());
            return HttpResponse.seeOther(URI.create(SignInController.PATH + "?next=%2Fcoop&applied=1"));
        } catch (DomainException refused) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>(
                            "apply",
                            new ApplicationPage(form, failures.of(request, refused), List.of(ShopKind.values()))));
        }
    }

    @Serdeable
    record ApplicationForm(
            @Nullable String slug,
            @Nullable String kind,
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable String villageCode,
            @Nullable String specialtyZh,
            @Nullable String contactName,
            @Nullable String contactPhone,
            @Nullable String businessLicence,
            @Nullable String foodBusinessLicence,
            @Nullable String login,
            @Nullable String password) {

        static ApplicationForm blank() {
            return new ApplicationForm("", "COOPERATIVE", "", "", "", "", "", "", "", "", "", "");
        }

        ApplyForShopCommand application() {
            return new ApplyForShopCommand(
                    slug,
                    shopKind(),
                    nameZh,
                    nameEn,
                    villageCode,
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
    record ApplicationPage(ApplicationForm form, @Nullable String error, List<ShopKind> kinds) {}
}
