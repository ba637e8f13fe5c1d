package org.techan.orders.internal;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.techan.catalog.TemperatureClass;
import org.techan.orders.AfterSaleState;
import org.techan.orders.AfterSaleView;
import org.techan.orders.BulkOrderCommand;
import org.techan.orders.CartCheckoutCommand;
import org.techan.orders.CartHolder;
import org.techan.orders.CartView;
import org.techan.orders.ConsignmentView;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.HandOverCommand;
import org.techan.orders.HandOverView;
import org.techan.orders.NoticeKind;
import org.techan.orders.NoticeView;
import org.techan.orders.OpenStoreCommand;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.ParkedPaymentEvent;
import org.techan.orders.PaymentBacklog;
import org.techan.orders.PaymentEventReceipt;
import org.techan.orders.PaymentView;
import org.techan.orders.PickingListView;
import org.techan.orders.PickupSlotView;
import org.techan.orders.PlaceOrderCommand;
import org.techan.orders.RequestAfterSaleCommand;
import org.techan.orders.SavedAddress;
import org.techan.orders.ShippingRule;
import org.techan.orders.StoreView;
import org.techan.orders.WaitingPickupView;
import org.techan.platform.AccountView;
import org.techan.platform.Actor;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.PageBounds;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.RuleViolationException;
import org.techan.platform.StripeEndpoint;

@Singleton
class OrdersFacade implements OrdersApi {

    private final StripeEndpoint stripe;
    private final JdbcOperations jdbc;
    private final CheckoutCombiner checkout;
    private final OrderGroups groups;
    private final OrderMoves moves;
    private final Payments payments;
    private final Refunds refunds;
    private final Carts carts;
    private final CartCheckout cartCheckout;
    private final Addresses addresses;
    private final DeliveryCharges delivery;
    private final Stores stores;
    private final StoreDesk desk;
    private final ShopFulfilments fulfilments;
    private final NoShows noShows;
    private final Notices notices;
    private final PaymentNews news;
    private final RecallHolds recallHolds;
    private final AfterSales afterSales;
    private final PaymentNewsPace paymentNewsPace;
    private final PricingPipeline pricing;

    @Override
    public org.techan.orders.PriceQuote quoteGoods(org.techan.orders.PricingRequest request) {
        // Delivery is the caller's to add: a draft's freight depends on how it is split and sent.
        return pricing.quote(request, (shop, goods) -> java.math.BigDecimal.ZERO);
    }

    private final BuyerSalesReport buyerSales;

    OrdersFacade(
            StripeEndpoint stripe,
            JdbcOperations jdbc,
            CheckoutCombiner checkout,
            OrderGroups groups,
            OrderMoves moves,
            Payments payments,
            Refunds refunds,
            Carts carts,
            CartCheckout cartCheckout,
            Addresses addresses,
            DeliveryCharges delivery,
            Stores stores,
            StoreDesk desk,
            ShopFulfilments fulfilments,
            NoShows noShows,
            Notices notices,
            PaymentNews news,
            RecallHolds recallHolds,
            AfterSales afterSales,
            PaymentNewsPace paymentNewsPace,
            PricingPipeline pricing,
            BuyerSalesReport buyerSales) {
        this.buyerSales = buyerSales;
        this.pricing = pricing;
        this.paymentNewsPace = paymentNewsPace;
        this.recallHolds = recallHolds;
        this.afterSales = afterSales;
        this.notices = notices;
        this.news = news;
        this.stores = stores;
        this.desk = desk;
        this.fulfilments = fulfilments;
        this.noShows = noShows;
        this.delivery = delivery;
        this.carts = carts;
        this.cartCheckout = cartCheckout;
        this.addresses = addresses;
        this.refunds = refunds;
        this.payments = payments;
        this.stripe = stripe;
        this.jdbc = jdbc;
        this.checkout = checkout;
        this.groups = groups;
        this.moves = moves;
    }

    @Override
    public OrderGroupView checkout(Actor consumer, PlaceOrderCommand command) {
        return checkout.place(Checkout.request(consumer, command));
    }

    @Override
    public OrderGroupView placeBulkOrder(Actor buyer, BulkOrderCommand command) {
        return checkout.placeBulk(buyer, command);
    }

    @Override
    public void checkBulkOrder(Actor buyer, BulkOrderCommand command) {
        checkout.checkBulk(buyer, command);
    }

    @Override
    public java.util.Optional<OrderGroupView> orderGroupByKey(Actor buyer, String key) {
        return key == null || key.isBlank()
                ? java.util.Optional.empty()
                : groups.idByKeyOnly(buyer.accountId(), key.strip()).map(groups::view);
    }

    @Override
    public OrderGroupView orderGroupOfBuyers(java.util.Collection<Long> buyers, String groupNumber) {
        return groups.ofAccounts(buyers, groupNumber);
    }

    @Override
    public List<org.techan.orders.BuyerSales> salesOfBuyers(
            java.util.Collection<Long> buyers, java.time.LocalDate from, java.time.LocalDate to) {
        return buyerSales.of(buyers, from, to);
    }

    @Override
    public List<OrderGroupView> orderGroupsOfBuyers(java.util.Collection<Long> buyers, int page, int size) {
        PageBounds.check(page, size, 100);
        return groups.ofAccounts(buyers, page, size);
    }

    @Override
    public OrderGroupView orderGroup(Actor consumer, String groupNumber) {
        return groups.own(consumer.accountId(), groupNumber);
    }

    @Override
    public List<OrderGroupView> orderGroups(Actor consumer, int page, int size) {
        PageBounds.check(page, size, 100);
        return groups.ofAccount(consumer.accountId(), page, size);
    }

    @Override
    public OrderGroupView cancelCheckout(Actor consumer, String groupNumber) {
        return groups.view(moves.cancelUnpaid(consumer, groupNumber));
    }

    @Override
    public PaymentView payment(Actor consumer, String groupNumber) {
        return payments.payment(consumer, groupNumber);
    }

    @Override
    public OrderGroupView checkPayment(Actor consumer, String groupNumber) {
        payments.checkOutcome(consumer, groupNumber);
        return groups.own(consumer.accountId(), groupNumber);
    }

    @Override
    @Transactional
    public void askBuyer(String orderNumber, NoticeKind kind, List<String> details, String eventKey) {
        if (kind != NoticeKind.WEIGHT_SHORT && kind != NoticeKind.GRADE_LOWER) {
            throw new IllegalArgumentException("orders tells its buyers of " + kind + " itself");
        }
        List<String> groups = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT g.number FROM orders_order o JOIN orders_group g ON g.id = o.group_id WHERE o.number = ?",
                rows -> groups.add(rows.getString(1)),
                orderNumber);
        if (groups.isEmpty()) {
            throw new NotFoundException("order.not-found", orderNumber);
        }
        notices.tell(eventKey, kind, groups.get(0), orderNumber, details);
    }

    @Override
    @Transactional
    public void tellMember(long accountId, NoticeKind kind, List<String> details, String path, String eventKey) {
        if (!kind.aboutRequisition()) {
            throw new IllegalArgumentException("orders tells its buyers of " + kind + " itself");
        }
        if (!path.startsWith("/") || path.startsWith("//") || path.length() > Notices.MOST_PATH) {
            throw new IllegalArgumentException("not a page of this site: " + path);
        }
        notices.tellAccount(eventKey, kind, accountId, details, path);
    }

    @Override
    public OrderView refundByRule(
            Actor actor,
            String orderNumber,
            org.techan.orders.RefundedLine line,
            String reason,
            String idempotencyKey) {
        // Not sent from here: the caller's transaction may still roll back. The payments job sends
        // it once it is committed.
        return refunds.refundByRule(actor, orderNumber, line, reason, idempotencyKey);
    }

    @Override
    public OrderView refund(
            Actor actor,
            String orderNumber,
            java.math.BigDecimal amount,
            String reason,
            @io.micronaut.core.annotation.Nullable String idempotencyKey) {
        OrderView refunded = refunds.refund(actor, orderNumber, amount, reason, idempotencyKey);
        // Written down and committed: now the provider is asked (the job repeats it if this fails).
        refunds.sendDue();
        return refunded;
    }

    @Override
    public PaymentBacklog paymentBacklog() {
        long[] events = news.backlog();
        long[] unsent = refunds.unsent();
        return new PaymentBacklog(events[0], events[1], unsent[0], unsent[1]);
    }

    @Override
    public List<ParkedPaymentEvent> parkedPaymentEvents(Actor operator) {
        requireOperator(operator);
        return news.parked();
    }

    @Override
    public void retryPaymentEvent(Actor operator, String eventId) {
        requireOperator(operator);
        news.retry(eventId);
    }

    private static void requireOperator(Actor actor) {
        if (!actor.isOperator()) {
            throw new NotAllowedException("access.operator-only");
        }
    }

    @Override
    public OrderView releaseRecallHold(Actor actor, String orderNumber, String note) {
        return recallHolds.release(actor, orderNumber, note);
    }

    @Override
    public OrderView advance(Actor staff, String orderNumber, OrderState next) {
        return moves.advance(staff, orderNumber, next);
    }

    @Override
    @Transactional
    public PaymentEventReceipt acceptPaymentEvent(String payload, String signatureHeader) {
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader, stripe.webhookSecret());
        } catch (SignatureVerificationException | RuntimeException e) {
            throw new RuleViolationException("payment.webhook.bad-signature");
        }
        try (PreparedStatement insert = jdbc.getConnection()
                .prepareStatement(
                        "INSERT IGNORE INTO orders_payment_event (event_id, event_type, payload) VALUES (?, ?, ?)")) {
            insert.setString(1, event.getId());
            insert.setString(2, event.getType());
            insert.setString(3, payload);
            PaymentEventReceipt receipt =
                    new PaymentEventReceipt(event.getId(), event.getType(), insert.executeUpdate() == 1);
            paymentNewsPace.pace().wake();
            return receipt;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record payment event " + event.getId(), e);
        }
    }

    @Override
    public CartView cart(CartHolder holder, java.util.Set<String> coupons) {
        return carts.view(holder, coupons);
    }

    @Override
    public CartView addToCart(CartHolder holder, long skuId, int quantity) {
        return carts.add(holder, skuId, quantity);
    }

    @Override
    public CartView changeCartLine(CartHolder holder, long skuId, int quantity) {
        return carts.change(holder, skuId, quantity);
    }

    @Override
    public CartView mergeCart(String visitorToken, Actor consumer) {
        return carts.merge(visitorToken, consumer);
    }

    @Override
    public OrderGroupView checkoutCart(Actor consumer, CartCheckoutCommand command) {
        long id = Checkout.KeyTakenMeanwhile.answer(
                () -> cartCheckout.checkOut(consumer, command),
                () -> groups.idByKeyOnly(consumer.accountId(), Checkout.key(command.idempotencyKey())));
        return groups.view(id);
    }

    @Override
    public List<SavedAddress> addresses(Actor consumer) {
        return addresses.of(consumer);
    }

    @Override
    public SavedAddress saveAddress(Actor consumer, DeliveryAddress address) {
        return addresses.remember(consumer, address);
    }

    @Override
    public void removeAddress(Actor consumer, long addressId) {
        addresses.forget(consumer, addressId);
    }

    @Override
    public ShippingRule shippingRule(String shopSlug) {
        return delivery.rule(shopSlug);
    }

    @Override
    public ShippingRule setShippingRule(Actor staff, ShippingRule rule) {
        return delivery.set(staff, rule);
    }

    @Override
    public StoreView openStore(Actor operator, OpenStoreCommand command) {
        return stores.open(operator, command);
    }

    @Override
    public AccountView addStoreClerk(Actor operator, String storeCode, RegisterAccountCommand command) {
        return stores.addClerk(operator, storeCode, command);
    }

    @Override
    public List<StoreView> stores() {
        return stores.all();
    }

    @Override
    public AfterSaleView requestAfterSale(Actor buyer, String orderNumber, RequestAfterSaleCommand command) {
        return afterSales.request(buyer, orderNumber, command);
    }

    @Override
    public AfterSaleView moveAfterSale(
            Actor actor, long afterSaleId, AfterSaleState to, @io.micronaut.core.annotation.Nullable String note) {
        return afterSales.move(actor, afterSaleId, to, note);
    }

    @Override
    public List<AfterSaleView> afterSales(Actor actor, String orderNumber) {
        return afterSales.ofOrder(actor, orderNumber);
    }

    @Override
    public List<AfterSaleView> waitingAfterSales(Actor actor) {
        return afterSales.waiting(actor);
    }

    @Override
    public List<PickupSlotView> pickupSlots(
            TemperatureClass temperature,
            @io.micronaut.core.annotation.Nullable org.techan.catalog.RegionCode near,
            List<String> freshProvinces) {
        return stores.offered(temperature, near, freshProvinces);
    }

    @Override
    public StoreView storeOf(Actor clerk) {
        return stores.storeById(stores.storeIdOf(clerk));
    }

    @Override
    public List<ConsignmentView> consignments(Actor clerk) {
        return desk.consignments(clerk);
    }

    @Override
    public int receiveConsignment(Actor clerk, String shopSlug, LocalDate day) {
        return desk.receive(clerk, shopSlug, day);
    }

    @Override
    public List<WaitingPickupView> waitingPickups(Actor clerk) {
        return desk.waiting(clerk);
    }

    @Override
    public HandOverView checkPickupCode(Actor clerk, String code) {
        return desk.check(clerk, code);
    }

    @Override
    public OrderView handOver(Actor clerk, String orderNumber, HandOverCommand command) {
        return desk.handOver(clerk, orderNumber, command);
    }

    @Override
    public List<OrderView> shopOrders(Actor staff, @Nullable OrderState state, int page, int size) {
        return fulfilments.orders(staff, state, page, size);
    }

    @Override
    public OrderView shopOrder(Actor staff, String orderNumber) {
        return fulfilments.order(staff, orderNumber);
    }

    @Override
    public List<PickingListView> pickingLists(Actor staff, LocalDate day) {
        return fulfilments.pickingLists(staff, day);
    }

    @Override
    public int dispatchConsignment(Actor staff, String storeCode, LocalDate day) {
        return fulfilments.dispatch(staff, storeCode, day);
    }

    @Override
    public OrderView shipOrder(Actor staff, String orderNumber, String carrier, String trackingNumber) {
        return moves.ship(staff, orderNumber, carrier, trackingNumber);
    }

    @Override
    public OrderView confirmReceipt(Actor consumer, String orderNumber) {
        return moves.confirmReceipt(consumer, orderNumber);
    }

    @Override
    public List<NoticeView> notices(Actor consumer, int limit) {
        if (limit < 1 || limit > 200) {
            throw new RuleViolationException("page.invalid", 200);
        }
        return notices.of(consumer, limit);
    }

    @Override
    public int unreadNotices(Actor consumer) {
        return notices.unread(consumer);
    }

    @Override
    public void markNoticesRead(Actor consumer) {
        notices.markRead(consumer);
    }

    @Override
    public int noShowRefundPercent() {
        return noShows.refundPercent();
    }

    @Override
    public AfterSaleView addAfterSalePhoto(Actor buyer, long afterSaleId, byte[] image) {
        return afterSales.addPhoto(buyer, afterSaleId, image);
    }

    @Override
    public org.techan.platform.MediaStore.StoredMedia afterSalePhoto(Actor actor, long afterSaleId, String key) {
        return afterSales.photo(actor, afterSaleId, key);
    }

    @Override
    public int afterSaleWindowDays() {
        return afterSales.windowDays();
    }
}
