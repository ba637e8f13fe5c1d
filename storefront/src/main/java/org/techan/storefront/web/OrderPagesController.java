package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.techan.orders.AfterSaleKind;
import org.techan.orders.AfterSaleLine;
import org.techan.orders.AfterSaleReason;
import org.techan.orders.AfterSaleState;
import org.techan.orders.AfterSaleView;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PaymentView;
import org.techan.orders.RequestAfterSaleCommand;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.DomainException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.platform.StripeEndpoint;

/** A shopper's own orders: the list, one checkout with its timelines, paying and cancelling it. */
@Hidden
@Controller("/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrderPagesController {

    /** The states in which a buyer has the goods: the after-sale window runs from the first. */
    private static final java.util.Set<OrderState> RECEIVED =
            java.util.EnumSet.of(OrderState.DELIVERED, OrderState.PICKED_UP, OrderState.COMPLETED);

    private static final int PER_PAGE = 20;

    private final OrdersApi orders;
    private final StripeEndpoint endpoint;
    private final AddressText addresses;
    private final FailureText failures;

    private final org.techan.wholesale.WholesaleApi wholesale;

    OrderPagesController(
            OrdersApi orders,
            StripeEndpoint endpoint,
            AddressText addresses,
            FailureText failures,
            org.techan.wholesale.WholesaleApi wholesale) {
        this.wholesale = wholesale;
        this.addresses = addresses;
        this.failures = failures;
        this.orders = orders;
        this.endpoint = endpoint;
    }

    @View("orders")
    @Get(produces = MediaType.TEXT_HTML)
    OrderListPage list(Actor signedIn) {
        return new OrderListPage(orders.orderGroups(signedIn, 0, PER_PAGE).stream()
                .map(g -> new Listed(g, local(g.createdAt(), "yyyy-MM-dd HH:mm")))
                .toList());
    }

    @View("order")
    @Get(uri = "/{number}", produces = MediaType.TEXT_HTML)
    OrderPage order(Actor signedIn, @PathVariable String number) {
        OrderGroupView group = orders.orderGroup(signedIn, number);
        return page(signedIn, group, payable(group) ? payment(signedIn, number) : null, null);
    }

    /** The buyer asks for after-sale service on one order of the checkout; a mistake shows the page again, saying what. */
    @Post(uri = "/{number}/orders/{orderNumber}/after-sales", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> askAfterSale(
            HttpRequest<?> request,
            Actor signedIn,
            @PathVariable String number,
            @PathVariable String orderNumber,
            @Body AfterSaleForm form) {
        OrderGroupView group = orders.orderGroup(signedIn, number);
        try {
            orders.requestAfterSale(
                    signedIn,
                    ownOrder(group, orderNumber),
                    new RequestAfterSaleCommand(
                            form.kind(), form.reason(), amount(form.amount()), form.details(), form.lines()));
            return HttpResponse.seeOther(URI.create("/orders/" + number + "#order-" + orderNumber));
        } catch (RuleViolationException | ConflictException refused) {
            return refusedPage(request, signedIn, group, refused);
        }
    }

    /** The buyer withdraws a request or takes it to an operator. */
    /** The buyer adds a photo of what went wrong to their open request. */
    @Post(uri = "/{number}/after-sales/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> addAfterSalePhoto(
            HttpRequest<?> request,
            Actor signedIn,
            @PathVariable String number,
            @PathVariable long id,
            @Part("photo") @Nullable CompletedFileUpload photo) {
        OrderGroupView group = orders.orderGroup(signedIn, number);
        try {
            orders.addAfterSalePhoto(signedIn, id, Uploads.bytes(photo));
            return HttpResponse.seeOther(URI.create("/orders/" + number + "#after-sale-" + id));
        } catch (RuleViolationException | ConflictException refused) {
            return refusedPage(request, signedIn, group, refused);
        }
    }

    @Post(uri = "/{number}/after-sales/{id}/moves", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> moveAfterSale(
            HttpRequest<?> request,
            Actor signedIn,
            @PathVariable String number,
            @PathVariable long id,
            @Body MoveForm form) {
        OrderGroupView group = orders.orderGroup(signedIn, number);
        try {
            orders.moveAfterSale(signedIn, id, form.to(), form.note());
            return HttpResponse.seeOther(URI.create("/orders/" + number));
        } catch (RuleViolationException | ConflictException refused) {
            return refusedPage(request, signedIn, group, refused);
        }
    }

    private HttpResponse<?> refusedPage(
            HttpRequest<?> request, Actor signedIn, OrderGroupView group, DomainException refused) {
        return HttpResponse.status(ErrorResponses.statusOf(refused))
                .body(new ModelAndView<>("order", page(signedIn, group, null, failures.of(request, refused))));
    }

    private static String ownOrder(OrderGroupView group, String orderNumber) {
        return group.orders().stream()
                .map(OrderView::number)
                .filter(orderNumber::equals)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("order.not-found", orderNumber));
    }

    /** A typed amount (¥ and spaces allowed); what is not a number is left for the rule to refuse. */
    /** Blank asks for what the chosen units cost; anything else must read as money. */
    private static @Nullable BigDecimal amount(@Nullable String typed) {
        String amount =
                typed == null ? "" : typed.replace("¥", "").replace("￥", "").strip();
        try {
            return amount.isEmpty() ? null : new BigDecimal(amount);
        } catch (NumberFormatException notANumber) {
            throw new RuleViolationException("after-sale.amount.malformed", amount);
        }
    }

    @Serdeable
    record AfterSaleForm(
            @Nullable AfterSaleKind kind,
            @Nullable AfterSaleReason reason,
            @Nullable String amount,
            @Nullable String details,
            @Nullable List<String> skuId,
            @Nullable List<String> quantity) {

        /** The order's lines as the form lists them, each with the units chosen (0: not this one). */
        List<AfterSaleLine> lines() {
            List<AfterSaleLine> lines = new java.util.ArrayList<>();
            int count = Math.min(skuId == null ? 0 : skuId.size(), quantity == null ? 0 : quantity.size());
            for (int i = 0; i < count; i++) {
                lines.add(new AfterSaleLine(sku(skuId.get(i)), FormValues.integer(quantity.get(i))));
            }
            return lines;
        }

        /** A garbled id names no line, which the request refuses. */
        private static long sku(@Nullable String id) {
            try {
                return id == null ? 0 : Long.parseLong(id.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    @Serdeable
    record MoveForm(@Nullable AfterSaleState to, @Nullable String note) {}

    /**
     * The buyer's browser has confirmed the card with the provider (or the buyer pressed pay
     * without JavaScript): the provider is asked how the payment stands, then the order is shown.
     */
    @Post(uri = "/{number}/payment", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> paymentConfirmed(Actor signedIn, @PathVariable String number) {
        orders.checkPayment(signedIn, number);
        return HttpResponse.seeOther(URI.create("/orders/" + number));
    }

    /** The page still shows the order when the provider cannot be reached; it says so instead of the form. */
    private @Nullable PaymentView payment(Actor signedIn, String number) {
        try {
            return orders.payment(signedIn, number);
        } catch (ConflictException unavailable) {
            return null;
        }
    }

    /** The pickup code as a QR code for the store's scanner; only its buyer can fetch it. */
    @Get(uri = "/{number}/pickup/{orderNumber}/qr.svg", produces = "image/svg+xml")
    HttpResponse<String> pickupQr(Actor signedIn, @PathVariable String number, @PathVariable String orderNumber) {
        String code = orders.orderGroup(signedIn, number).orders().stream()
                .filter(o -> o.number().equals(orderNumber)
                        && o.pickup() != null
                        && o.pickup().code() != null)
                .map(o -> o.pickup().code())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("order.not-found", orderNumber));
        return HttpResponse.ok(QrCodeSvg.of(code)).header("Cache-Control", "private, no-store");
    }

    @Post(uri = "/{number}/orders/{orderNumber}/received", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> received(Actor signedIn, @PathVariable String number, @PathVariable String orderNumber) {
        orders.orderGroup(signedIn, number);
        orders.confirmReceipt(signedIn, orderNumber);
        return HttpResponse.seeOther(URI.create("/orders/" + number));
    }

    @Post(uri = "/{number}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(Actor signedIn, @PathVariable String number) {
        orders.cancelCheckout(signedIn, number);
        return HttpResponse.seeOther(URI.create("/orders/" + number));
    }

    private static boolean payable(OrderGroupView group) {
        return group.orders().stream().allMatch(o -> o.state() == OrderState.PENDING_PAYMENT);
    }

    private OrderPage page(
            Actor signedIn, OrderGroupView group, @Nullable PaymentView payment, @Nullable String error) {
        // A business buyer collecting at producing bases is shown where each base is.
        List<String> collected = group.orders().stream()
                .filter(o -> o.fulfilment() == org.techan.orders.Fulfilment.COLLECTION)
                .map(OrderView::shopSlug)
                .toList();
        java.util.Map<String, org.techan.wholesale.ProducingBaseView> bases = new java.util.HashMap<>();
        if (!collected.isEmpty()) {
            wholesale.producingBases(collected).forEach(base -> bases.put(base.shopSlug(), base));
        }
        List<ShopOrder> shops = group.orders().stream()
                .map(o -> shopOrder(signedIn, o, bases.get(o.shopSlug())))
                .toList();
        return new OrderPage(
                group,
                payable(group),
                payment,
                endpoint.browserScript(),
                local(group.payBefore(), "HH:mm"),
                shops,
                orders.noShowRefundPercent(),
                addresses.of(group.address()),
                error,
                List.of(AfterSaleKind.values()),
                List.of(AfterSaleReason.values()),
                // A business buyer's lines weighed at packing, to take at their weight or refuse.
                businessBuyer(signedIn, group) ? wholesale.weighings(signedIn, group.number()) : List.of(),
                businessBuyer(signedIn, group) ? wholesale.gradeChanges(signedIn, group.number()) : List.of());
    }

    private static boolean businessBuyer(Actor signedIn, OrderGroupView group) {
        return signedIn.role() == org.techan.platform.Role.WHOLESALE_BUYER && group.business() != null;
    }

    private ShopOrder shopOrder(
            Actor signedIn, OrderView o, org.techan.wholesale.@Nullable ProducingBaseView collectAt) {
        // After-sale requests are a consumer's; a business buyer's shortfalls are settled otherwise.
        boolean consumer = signedIn.role() == org.techan.platform.Role.CONSUMER;
        List<AfterSaleView> afterSales = consumer && o.state().canBecome(OrderState.REFUNDED)
                ? orders.afterSales(signedIn, o.number())
                : List.of();
        Instant askUntil = o.timeline().stream()
                .filter(t -> RECEIVED.contains(t.to()))
                .map(t -> t.at().plus(Duration.ofDays(orders.afterSaleWindowDays())))
                .findFirst()
                .orElse(null);
        boolean canAsk = consumer
                && o.state().canBecome(OrderState.REFUNDED)
                && afterSales.stream().noneMatch(a -> a.state().open())
                && (askUntil == null || Instant.now().isBefore(askUntil));
        return new ShopOrder(
                o,
                o.timeline().stream()
                        .map(t -> new Step(local(t.at(), "yyyy-MM-dd HH:mm:ss"), t.to()))
                        .toList(),
                o.pickup() == null || o.pickup().collectBy() == null
                        ? null
                        : local(o.pickup().collectBy(), "yyyy-MM-dd HH:mm"),
                o.pickup() == null
                        ? null
                        : o.pickup().store().opens() + "–" + o.pickup().store().closes(),
                afterSales,
                canAsk,
                askUntil == null ? null : local(askUntil, "yyyy-MM-dd HH:mm"),
                collectAt);
    }

    /** A collection day as shoppers read it: 2026-11-24. */
    static String day(java.time.LocalDate day) {
        return day.toString();
    }

    /** Times as the marketplace's clock shows them (China Standard Time), ready to print. */
    static String local(Instant instant, String pattern) {
        return DateTimeFormatter.ofPattern(pattern).format(instant.atZone(MarketCalendar.ZONE));
    }

    @Introspected
    record Listed(OrderGroupView group, String placed) {}

    @Introspected
    record OrderListPage(List<Listed> groups) {}

    @Introspected
    record Step(String at, OrderState to) {}

    @Introspected
    record ShopOrder(
            OrderView order,
            List<Step> steps,
            @Nullable String collectBy,
            @Nullable String storeHours,
            List<AfterSaleView> afterSales,
            boolean canAsk,
            @Nullable String askUntil,
            org.techan.wholesale.@Nullable ProducingBaseView collectAt) {}

    @Introspected
    record OrderPage(
            OrderGroupView group,
            boolean payable,
            @Nullable PaymentView payment,
            String paymentScript,
            String payBefore,
            List<ShopOrder> shops,
            int noShowRefundPercent,
            @Nullable String deliverTo,
            @Nullable String error,
            List<AfterSaleKind> afterSaleKinds,
            List<AfterSaleReason> afterSaleReasons,
            List<org.techan.wholesale.WeighingView> weighings,
            List<org.techan.wholesale.GradeChangeView> gradeChanges) {}
}
