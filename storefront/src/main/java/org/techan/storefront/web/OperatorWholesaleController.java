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
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;
import org.techan.platform.Actor;
import org.techan.platform.DomainException;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.WholesaleApi;

/** Operators review buyer organisations' applications: verify, or refuse with a reason. */
@Hidden
@Controller("/ops/wholesale")
@ExecuteOn(TaskExecutors.BLOCKING)
class OperatorWholesaleController {

    private final WholesaleApi wholesale;
    private final FailureText failures;
    private final java.time.Clock clock;

    OperatorWholesaleController(WholesaleApi wholesale, FailureText failures, java.time.Clock clock) {
        this.wholesale = wholesale;
        this.failures = failures;
        this.clock = clock;
    }

    /**
     * Sales by kind of organisation over market days, this month so far unless a period is asked;
     * a mistyped day is refused with the period's message.
     */
    @Get(uri = "/report", produces = MediaType.TEXT_HTML)
    HttpResponse<?> report(
            HttpRequest<?> request,
            Actor operator,
            @io.micronaut.http.annotation.QueryValue @Nullable String from,
            @io.micronaut.http.annotation.QueryValue @Nullable String to) {
        java.time.LocalDate today = org.techan.platform.MarketCalendar.today(clock);
        java.time.LocalDate start = from == null || from.isBlank() ? today.withDayOfMonth(1) : FormValues.date(from);
        java.time.LocalDate end = to == null || to.isBlank() ? today : FormValues.date(to);
        String shownFrom = start == null ? String.valueOf(from) : start.toString();
        String shownTo = end == null ? String.valueOf(to) : end.toString();
        try {
            return HttpResponse.ok(new ModelAndView<>(
                    "ops/wholesale-report",
                    new ReportPage(shownFrom, shownTo, wholesale.salesByKind(operator, start, end), null)));
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "ops/wholesale-report",
                            new ReportPage(shownFrom, shownTo, List.of(), failures.of(request, refused))));
        }
    }

    @Introspected
    record ReportPage(String from, String to, List<org.techan.wholesale.KindSales> rows, @Nullable String error) {}

    @View("ops/wholesale")
    @Get(produces = MediaType.TEXT_HTML)
    ApplicationsPage applications(Actor operator) {
        return new ApplicationsPage(wholesale.applications(operator), null);
    }

    @Post(uri = "/{id}/review", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> review(HttpRequest<?> request, Actor operator, @PathVariable long id, @Body ReviewForm form) {
        try {
            wholesale.review(operator, id, "VERIFY".equals(form.decision()), form.reason());
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "ops/wholesale",
                            new ApplicationsPage(wholesale.applications(operator), failures.of(request, refused))));
        }
        return HttpResponse.seeOther(URI.create("/ops/wholesale#organisation-" + id));
    }

    /** The scan an organisation applied with, to check against its name and credit code. */
    @Get(uri = "/{id}/licence")
    HttpResponse<byte[]> licence(Actor operator, @PathVariable long id) {
        return Uploads.asResponse(wholesale.licence(operator, id));
    }

    /** {@code decision} is VERIFY or REFUSE (the button pressed). */
    @Serdeable
    record ReviewForm(@Nullable String decision, @Nullable String reason) {}

    @Introspected
    record ApplicationsPage(List<OrganisationView> organisations, @Nullable String error) {}
}
