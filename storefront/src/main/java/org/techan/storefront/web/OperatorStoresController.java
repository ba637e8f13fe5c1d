package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.DivisionPlace;
import org.techan.catalog.RegionCode;
import org.techan.orders.OpenStoreCommand;
import org.techan.orders.OrdersApi;
import org.techan.orders.StoreKind;
import org.techan.orders.StoreView;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.DomainException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.RuleViolationException;

/** Operators open community pickup stores and give them clerk accounts. */
@Hidden
@Controller("/ops/stores")
@ExecuteOn(TaskExecutors.BLOCKING)
class OperatorStoresController {

    private final OrdersApi orders;
    private final CatalogReads catalog;
    private final RegionChoices regions;
    private final FailureText failures;

    OperatorStoresController(OrdersApi orders, CatalogReads catalog, RegionChoices regions, FailureText failures) {
        this.orders = orders;
        this.catalog = catalog;
        this.regions = regions;
        this.failures = failures;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> list() {
        return HttpResponse.ok(new ModelAndView<>("ops/stores", page(StoreForm.BLANK, null, null)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> open(HttpRequest<?> request, Actor signedIn, @Body StoreForm form) {
        try {
            orders.openStore(signedIn, form.command());
            return HttpResponse.seeOther(URI.create("/ops/stores"));
        } catch (RuleViolationException | ConflictException refused) {
            return refusal(request, form, refused);
        }
    }

    /**
     * Fills the form's coordinates with the chosen region's seat (or its nearest ancestor's), to
     * check and correct before the store opens; nothing is saved.
     */
    @Post(uri = "/locate", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> locate(HttpRequest<?> request, @Body StoreForm form) {
        try {
            String chosen = form.chosenRegion();
            if (chosen == null || chosen.isBlank()) {
                throw new RuleViolationException("store.location.region-first");
            }
            DivisionPlace seat = catalog.divisionPlace(RegionCode.parse(chosen))
                    .orElseThrow(() -> new RuleViolationException("store.location.unknown"));
            StoreForm located = form.at(seat.latitude(), seat.longitude());
            return HttpResponse.ok(new ModelAndView<>("ops/stores", page(located, null, seat)));
        } catch (RuleViolationException refused) {
            return refusal(request, form, refused);
        }
    }

    @Post(uri = "/{code}/clerks", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addClerk(HttpRequest<?> request, Actor operator, @PathVariable String code, @Body ClerkForm form) {
        try {
            orders.addStoreClerk(
                    operator,
                    code,
                    new RegisterAccountCommand(form.login(), form.password(), form.displayName(), null));
            return HttpResponse.seeOther(URI.create("/ops/stores"));
        } catch (RuleViolationException | ConflictException | NotFoundException refused) {
            return refusal(request, StoreForm.BLANK, refused);
        }
    }

    private HttpResponse<?> refusal(HttpRequest<?> request, StoreForm form, DomainException why) {
        return HttpResponse.status(ErrorResponses.statusOf(why))
                .body(new ModelAndView<>("ops/stores", page(form, failures.of(request, why), null)));
    }

    private StoresPage page(StoreForm form, @Nullable String error, @Nullable DivisionPlace located) {
        return new StoresPage(
                orders.stores(),
                List.of(StoreKind.values()),
                form,
                regions.picker(form.chosenRegion()),
                error,
                located);
    }

    /** Every field a string, so a typo comes back as the store rules' own message. */
    @Serdeable
    record StoreForm(
            @Nullable String code,
            @Nullable String kind,
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable String regionCode,
            @Nullable String province,
            @Nullable String city,
            @Nullable String county,
            @Nullable String township,
            @Nullable String street,
            @Nullable String latitude,
            @Nullable String longitude,
            @Nullable String opens,
            @Nullable String closes,
            @Nullable String cutOff,
            @Nullable String dailyCapacity,
            @Nullable String chilledCapacity,
            @Nullable String frozenCapacity,
            @Nullable String holdDays) {

        static final StoreForm BLANK = new StoreForm(
                "",
                "CONVENIENCE_STORE",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "08:00",
                "22:00",
                "22:00",
                "50",
                "10",
                "0",
                "3");

        /** The same form with these coordinates. */
        StoreForm at(BigDecimal latitude, BigDecimal longitude) {
            return new StoreForm(
                    code,
                    kind,
                    nameZh,
                    nameEn,
                    regionCode,
                    province,
                    city,
                    county,
                    township,
                    street,
                    latitude.toPlainString(),
                    longitude.toPlainString(),
                    opens,
                    closes,
                    cutOff,
                    dailyCapacity,
                    chilledCapacity,
                    frozenCapacity,
                    holdDays);
        }

        /** The region the picker chose (or the plain code field). */
        @Nullable
        String chosenRegion() {
            return RegionChoices.chosen(regionCode, province, city, county, township);
        }

        OpenStoreCommand command() {
            return new OpenStoreCommand(
                    code,
                    FormValues.constant(StoreKind.class, kind),
                    nameZh,
                    nameEn,
                    chosenRegion(),
                    street,
                    FormValues.decimal(latitude),
                    FormValues.decimal(longitude),
                    time(opens),
                    time(closes),
                    time(cutOff),
                    FormValues.integer(dailyCapacity),
                    FormValues.integer(chilledCapacity),
                    FormValues.integer(frozenCapacity),
                    FormValues.integer(holdDays));
        }

        private static @Nullable LocalTime time(@Nullable String text) {
            try {
                return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    @Serdeable
    record ClerkForm(@Nullable String login, @Nullable String password, @Nullable String displayName) {

        @Override
        public String toString() {
            return "ClerkForm[login=" + login + "]";
        }
    }

    @Introspected
    record StoresPage(
            List<StoreView> stores,
            List<StoreKind> kinds,
            StoreForm form,
            RegionChoices.Picker regionPicker,
            @Nullable String error,
            @Nullable DivisionPlace located) {}
}
