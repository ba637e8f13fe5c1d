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
import java.util.List;
import org.techan.catalog.CatalogApi;
import org.techan.orders.OrdersApi;
import org.techan.orders.ShippingKind;
import org.techan.orders.ShippingRule;
import org.techan.platform.Actor;
import org.techan.platform.RuleViolationException;

/** The shop's delivery charge in the back office: flat or by weight, free above an amount. */
@Hidden
@Controller("/coop/shipping")
@ExecuteOn(TaskExecutors.BLOCKING)
class CoopShippingController {

    private final OrdersApi orders;
    private final CatalogApi catalog;
    private final FailureText failures;

    CoopShippingController(OrdersApi orders, CatalogApi catalog, FailureText failures) {
        this.orders = orders;
        this.catalog = catalog;
        this.failures = failures;
    }

    @View("coop/shipping")
    @Get(produces = MediaType.TEXT_HTML)
    ShippingPage show(Actor staff, @Nullable @io.micronaut.http.annotation.QueryValue String saved) {
        ShippingRule rule = orders.shippingRule(catalog.shopOf(staff).slug());
        return new ShippingPage(ShippingForm.of(rule), List.of(ShippingKind.values()), saved != null, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(HttpRequest<?> request, Actor signedIn, @Body ShippingForm form) {
        try {
            orders.setShippingRule(signedIn, form.rule());
        } catch (RuleViolationException refused) {
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>(
                            "coop/shipping",
                            new ShippingPage(
                                    form, List.of(ShippingKind.values()), false, failures.of(request, refused))));
        }
        return HttpResponse.seeOther(URI.create("/coop/shipping?saved"));
    }

    /** Every field a string, so a typo comes back as the rule's own message, not a bare 400. */
    @Serdeable
    record ShippingForm(
            @Nullable String kind, @Nullable String baseFee, @Nullable String perExtraKg, @Nullable String freeFrom) {

        static ShippingForm of(ShippingRule rule) {
            return new ShippingForm(
                    rule.kind().name(), plain(rule.baseFee()), plain(rule.perExtraKg()), plain(rule.freeFrom()));
        }

        ShippingRule rule() {
            return new ShippingRule(
                    FormValues.constant(ShippingKind.class, kind),
                    FormValues.decimal(baseFee),
                    FormValues.decimal(perExtraKg),
                    FormValues.decimal(freeFrom));
        }

        private static String plain(@Nullable java.math.BigDecimal amount) {
            return amount == null ? "" : amount.toPlainString();
        }
    }

    @Introspected
    record ShippingPage(ShippingForm form, List<ShippingKind> kinds, boolean saved, @Nullable String error) {}
}
