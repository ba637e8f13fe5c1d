package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.util.Arrays;
import java.util.List;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.PavilionView;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.CreateFestivalCommand;
import org.techan.promotions.DateRuleKind;
import org.techan.promotions.FestivalDateRule;
import org.techan.promotions.FestivalView;
import org.techan.promotions.PromotionsApi;
import org.techan.promotions.SolarTerm;

/** Operators keep the festival calendar: national festivals and each pavilion's own. */
@Hidden
@Controller("/ops/festivals")
@ExecuteOn(TaskExecutors.BLOCKING)
class OperatorFestivalsController {

    private static final URI BACK = URI.create("/ops/festivals");

    /** Every festival entered, coming ones included: a year and a half ahead covers any of them. */
    private static final int WHOLE_CALENDAR_DAYS = 550;

    private final PromotionsApi promotions;
    private final CatalogApi catalog;
    private final FailureText failures;

    OperatorFestivalsController(PromotionsApi promotions, CatalogApi catalog, FailureText failures) {
        this.promotions = promotions;
        this.catalog = catalog;
        this.failures = failures;
    }

    @View("ops/festivals")
    @Get(produces = MediaType.TEXT_HTML)
    FestivalsConsole page() {
        return page(null, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, Actor signedIn, @Body FestivalForm form) {
        try {
            promotions.createFestival(signedIn, form.command());
            return HttpResponse.seeOther(BACK);
        } catch (RuleViolationException | ConflictException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>("ops/festivals", page(failures.of(request, refused), form)));
        }
    }

    private FestivalsConsole page(@Nullable String error, @Nullable FestivalForm form) {
        return new FestivalsConsole(
                promotions.festivalsOnAndComing(WHOLE_CALENDAR_DAYS),
                catalog.pavilions(),
                Arrays.asList(SolarTerm.values()),
                error,
                form == null ? FestivalForm.EMPTY : form);
    }

    /**
     * The form as typed: the date rule's fields are read by its kind, so a clerk's leftover month
     * in a solar-term rule does not make it invalid.
     */
    @Serdeable
    record FestivalForm(
            @Nullable String slug,
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable String descriptionZh,
            @Nullable String descriptionEn,
            @Nullable String ruleKind,
            @Nullable String month,
            @Nullable String day,
            @Nullable String term,
            @Nullable String offsetDays,
            @Nullable String lengthDays,
            @Nullable String warmUpDays,
            @Nullable String pavilionSlug) {

        static final FestivalForm EMPTY =
                new FestivalForm(null, null, null, null, null, "FIXED", null, null, null, "0", "7", "7", null);

        CreateFestivalCommand command() {
            DateRuleKind kind = FormValues.constant(DateRuleKind.class, ruleKind);
            boolean byTerm = kind == DateRuleKind.SOLAR_TERM;
            FestivalDateRule rule = new FestivalDateRule(
                    kind,
                    byTerm ? null : FormValues.optionalInteger(month),
                    byTerm ? null : FormValues.optionalInteger(day),
                    byTerm ? FormValues.constant(SolarTerm.class, term) : null,
                    FormValues.integer(offsetDays));
            return new CreateFestivalCommand(
                    slug,
                    nameZh,
                    nameEn,
                    descriptionZh,
                    descriptionEn,
                    rule,
                    FormValues.integer(lengthDays),
                    FormValues.integer(warmUpDays),
                    pavilionSlug == null || pavilionSlug.isBlank() ? null : pavilionSlug);
        }
    }

    @Introspected
    record FestivalsConsole(
            List<FestivalView> festivals,
            List<PavilionView> pavilions,
            List<SolarTerm> terms,
            @Nullable String error,
            FestivalForm form) {}
}
