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
import org.techan.orders.OrdersApi;
import org.techan.orders.SavedAddress;
import org.techan.platform.Actor;
import org.techan.platform.RuleViolationException;

/** A consumer's address book: the addresses checkout offers, added here or kept from a checkout. */
@Hidden
@Controller("/account/addresses")
@ExecuteOn(TaskExecutors.BLOCKING)
class AddressBookController {

    private final OrdersApi orders;
    private final RegionChoices regions;
    private final FailureText failures;

    AddressBookController(OrdersApi orders, RegionChoices regions, FailureText failures) {
        this.orders = orders;
        this.regions = regions;
        this.failures = failures;
    }

    @View("addresses")
    @Get(produces = MediaType.TEXT_HTML)
    AddressBookPage show(Actor signedIn) {
        return page(signedIn, AddressForm.BLANK, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> add(HttpRequest<?> request, Actor consumer, @Body NewAddress form) {
        AddressForm typed = AddressForm.typed(
                form.recipient(),
                form.phone(),
                form.regionCode(),
                form.province(),
                form.city(),
                form.county(),
                form.township(),
                form.street());
        try {
            orders.saveAddress(consumer, typed.address());
        } catch (RuleViolationException refused) {
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>("addresses", page(consumer, typed, failures.of(request, refused))));
        }
        return HttpResponse.seeOther(URI.create("/account/addresses"));
    }

    @Post(uri = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(Actor signedIn, @PathVariable long id) {
        orders.removeAddress(signedIn, id);
        return HttpResponse.seeOther(URI.create("/account/addresses"));
    }

    private AddressBookPage page(Actor consumer, AddressForm typed, @Nullable String error) {
        return new AddressBookPage(orders.addresses(consumer), typed, regions.picker(typed.regionCode()), error);
    }

    @Serdeable
    record NewAddress(
            @Nullable String recipient,
            @Nullable String phone,
            @Nullable String regionCode,
            @Nullable String province,
            @Nullable String city,
            @Nullable String county,
            @Nullable String township,
            @Nullable String street) {}

    @Introspected
    record AddressBookPage(
            List<SavedAddress> addresses,
            AddressForm typed,
            RegionChoices.Picker regionPicker,
            @Nullable String error) {}
}
