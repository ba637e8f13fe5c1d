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

    OperatorWholesaleController(WholesaleApi wholesale, FailureText failures) {
        this.wholesale = wholesale;
        this.failures = failures;
    }

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
