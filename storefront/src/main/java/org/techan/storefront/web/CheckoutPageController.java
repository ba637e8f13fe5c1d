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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.techan.catalog.RegionCode;
import org.techan.catalog.TemperatureClass;
import org.techan.orders.CartCheckoutCommand;
import org.techan.orders.CartHolder;
import org.techan.orders.CartShopView;
import org.techan.orders.CartView;
import org.techan.orders.Fulfilment;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PickupSlotView;
import org.techan.orders.SavedAddress;
import org.techan.orders.ShopFulfilment;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.ClaimedCouponView;
import org.techan.promotions.PromotionsApi;

/**
 * Checkout from the cart: pick or type an address, see the total priced now (with any price change
 * since the goods went into the cart), confirm, and go on to pay.
 */
@Hidden
@Controller("/checkout")
@ExecuteOn(TaskExecutors.BLOCKING)
class CheckoutPageController {

    private static final String DELIVERY = "DELIVERY";

    private final OrdersApi orders;
    private final RegionChoices regions;
    private final FailureText failures;

    private final PromotionsApi promotions;
    private final Clock clock;

    CheckoutPageController(
            OrdersApi orders, RegionChoices regions, FailureText failures, PromotionsApi promotions, Clock clock) {
        this.promotions = promotions;
        this.clock = clock;
        this.orders = orders;
        this.regions = regions;
        this.failures = failures;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(
            Actor consumer, @Nullable @QueryValue List<String> coupon, @Nullable @QueryValue String couponChoice) {
        Set<String> coupons = coupons(coupon, couponChoice);
        CartView cart = orders.cart(CartHolder.of(consumer), coupons);
        if (!cart.readyForCheckout()) {
            return HttpResponse.seeOther(URI.create("/cart"));
        }
        List<SavedAddress> book = orders.addresses(consumer);
        String chosen = book.isEmpty() ? "new" : String.valueOf(book.get(0).id());
        return HttpResponse.ok(new ModelAndView<>(
                "checkout",
                page(
                        consumer,
                        cart,
                        chosen,
                        AddressForm.BLANK,
                        Map.of(),
                        UUID.randomUUID().toString(),
                        coupons,
                        null)));
    }

    /** The buyer's choice of coupons: none made (null) unless the coupon form was sent. */
    private static @Nullable Set<String> coupons(@Nullable List<String> chosen, @Nullable String choiceMade) {
        if (choiceMade == null) {
            return null;
        }
        return chosen == null ? Set.of() : new java.util.TreeSet<>(chosen);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> place(HttpRequest<?> request, Actor consumer, @Body CheckoutForm form) {
        AddressForm typed = AddressForm.typed(
                form.recipient(),
                form.phone(),
                form.regionCode(),
                form.province(),
                form.city(),
                form.county(),
                form.township(),
                form.street());
        boolean saved = form.addressId() != null && !form.addressId().equals("new");
        Set<String> coupons = coupons(form.coupon(), form.couponChoice());
        try {
            OrderGroupView group = orders.checkoutCart(
                    consumer,
                    new CartCheckoutCommand(
                            form.idempotencyKey(),
                            saved ? addressId(form.addressId()) : null,
                            saved ? null : typed.address(),
                            fulfilments(form),
                            form.expectedGoodsTotal(),
                            form.remarks(),
                            coupons == null ? null : List.copyOf(coupons)));
            return HttpResponse.seeOther(URI.create("/orders/" + group.number()));
        } catch (RuleViolationException | ConflictException refused) {
            CartView cart = orders.cart(CartHolder.of(consumer), coupons);
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "checkout",
                            page(
                                    consumer,
                                    cart,
                                    form.addressId() == null ? "new" : form.addressId(),
                                    typed,
                                    chosen(form),
                                    form.idempotencyKey(),
                                    coupons,
                                    failures.of(request, refused))));
        }
    }

    private CheckoutPage page(
            Actor consumer,
            CartView cart,
            String chosenAddress,
            AddressForm typed,
            Map<String, String> choices,
            @Nullable String key,
            @Nullable Set<String> coupons,
            @Nullable String error) {
        List<SavedAddress> book = orders.addresses(consumer);
        LocalDate today = MarketCalendar.today(clock);
        List<CouponOption> couponOptions = promotions.wallet(consumer).stream()
                .filter(held -> !held.used()
                        && !held.validFrom().isAfter(today)
                        && !held.validTo().isBefore(today))
                .map(held -> new CouponOption(held, coupons != null && coupons.contains(held.choice())))
                .toList();
        RegionCode near = near(book, chosenAddress, typed);
        // Shops whose goods keep alike and come from the same provinces are offered the same days:
        // ask once for each.
        record Kept(TemperatureClass temperature, List<String> freshProvinces) {}
        Map<Kept, List<SlotOption>> slots = new HashMap<>();
        List<ShopChoice> shops = cart.shops().stream()
                .map(shop -> new ShopChoice(
                        shop,
                        slots.computeIfAbsent(
                                new Kept(shop.temperature(), shop.freshProvinces()),
                                kept -> orders.pickupSlots(kept.temperature(), near, kept.freshProvinces()).stream()
                                        .map(slot -> new SlotOption(slot, OrderPagesController.day(slot.day())))
                                        .toList()),
                        choices.getOrDefault(shop.shopSlug(), DELIVERY)))
                .toList();
        return new CheckoutPage(
                cart,
                shops,
                book,
                chosenAddress,
                typed,
                regions.picker(typed.regionCode()),
                key,
                couponOptions,
                coupons == null,
                coupons == null ? List.of() : List.copyOf(coupons),
                error);
    }

    /**
     * Where the buyer is, for the pickup stores offered: the chosen saved address's region, or the
     * one being typed; unknown (every store) when neither names a valid region.
     */
    private static @Nullable RegionCode near(List<SavedAddress> book, String chosenAddress, AddressForm typed) {
        String region = book.stream()
                .filter(saved -> String.valueOf(saved.id()).equals(chosenAddress))
                .map(saved -> saved.address().regionCode())
                .findFirst()
                .orElse(typed.regionCode());
        try {
            return region == null || region.isBlank() ? null : RegionCode.parse(region);
        } catch (RuleViolationException notARegion) {
            return null;
        }
    }

    /** Each shop's choice: "DELIVERY", or the id of the pickup slot chosen for it. */
    private static List<ShopFulfilment> fulfilments(CheckoutForm form) {
        return chosen(form).entrySet().stream()
                .map(choice -> DELIVERY.equals(choice.getValue())
                        ? new ShopFulfilment(choice.getKey(), Fulfilment.DELIVERY, null)
                        : new ShopFulfilment(choice.getKey(), Fulfilment.PICKUP, slotId(choice.getValue())))
                .toList();
    }

    private static Map<String, String> chosen(CheckoutForm form) {
        Map<String, String> chosen = new LinkedHashMap<>();
        List<String> shops = form.shop() == null ? List.of() : form.shop();
        List<String> choices = form.choice() == null ? List.of() : form.choice();
        for (int i = 0; i < shops.size() && i < choices.size(); i++) {
            chosen.put(shops.get(i), choices.get(i));
        }
        return chosen;
    }

    private static long slotId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RuleViolationException("pickup.slot.unknown", value);
        }
    }

    private static long addressId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RuleViolationException("checkout.address.required");
        }
    }

    @Serdeable
    record CheckoutForm(
            @Nullable String idempotencyKey,
            @Nullable String addressId,
            @Nullable String recipient,
            @Nullable String phone,
            @Nullable String regionCode,
            @Nullable String province,
            @Nullable String city,
            @Nullable String county,
            @Nullable String township,
            @Nullable String street,
            @Nullable List<String> shop,
            @Nullable List<String> choice,
            @Nullable BigDecimal expectedGoodsTotal,
            @Nullable String remarks,
            @Nullable List<String> coupon,
            @Nullable String couponChoice) {}

    /** One of the buyer's usable coupons on the checkout page, ticked when the buyer chose it. */
    @Introspected
    record CouponOption(ClaimedCouponView held, boolean chosen) {}

    @Introspected
    record SlotOption(PickupSlotView slot, String day) {}

    /** A shop's order on the checkout page: its lines, the pickup days on offer, and what is chosen. */
    @Introspected
    record ShopChoice(CartShopView shop, List<SlotOption> slots, String chosen) {}

    @Introspected
    record CheckoutPage(
            CartView cart,
            List<ShopChoice> shops,
            List<SavedAddress> addresses,
            String chosenAddress,
            AddressForm typed,
            RegionChoices.Picker regionPicker,
            @Nullable String idempotencyKey,
            List<CouponOption> couponOptions,
            boolean couponsAutomatic,
            List<String> chosenCoupons,
            @Nullable String error) {}
}
