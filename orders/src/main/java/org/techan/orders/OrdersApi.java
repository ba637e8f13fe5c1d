package org.techan.orders;

import java.util.List;
import org.techan.platform.Actor;

/** What the rest of Techan may ask of the orders module. */
public interface OrdersApi {

    /**
     * Verifies a payment-provider webhook by its {@code Stripe-Signature} and keeps it for
     * processing. Repeated deliveries of one event are acknowledged and change nothing.
     *
     * @throws org.techan.platform.RuleViolationException when the signature does not verify
     */
    PaymentEventReceipt acceptPaymentEvent(String payload, String signatureHeader);

    /** Provider events not yet applied or parked, and refunds not yet confirmed (for health checks). */
    PaymentBacklog paymentBacklog();

    /**
     * Provider events that failed every time they were applied, oldest first (operators only).
     *
     * @throws org.techan.platform.NotAllowedException for anyone else
     */
    List<ParkedPaymentEvent> parkedPaymentEvents(Actor operator);

    /**
     * Tries a parked event again, once its cause is fixed (operators only).
     *
     * @throws org.techan.platform.NotFoundException when no such event is parked
     */
    void retryPaymentEvent(Actor operator, String eventId);

    /**
     * Checks out: one order per shop in one group, prices through the pricing port, stock held for
     * {@link org.techan.catalog.ReserveStockCommand#DEFAULT_HOLD} awaiting payment. The same
     * idempotency key returns the same group, however often it is sent.
     *
     * @throws org.techan.platform.RuleViolationException for bad lines or address, or a SKU not on sale
     * @throws org.techan.platform.ConflictException if a SKU has too little stock (nothing is
     *     created), or the key was used for a different checkout
     * @throws org.techan.platform.NotAllowedException unless the actor is a consumer
     */
    OrderGroupView checkout(Actor consumer, PlaceOrderCommand command);

    /**
     * A business buyer's bulk order: one order per shop in one group, its stock held and paid as a
     * consumer's checkout is, carrying the buyer's purchase-order number and delivery day.
     *
     * @throws org.techan.platform.RuleViolationException for bad lines, address or terms, or a SKU
     *     not on sale
     * @throws org.techan.platform.ConflictException if a SKU has too little stock or prices changed
     *     (nothing is created), or the key was used for a different order
     * @throws org.techan.platform.NotAllowedException unless the actor is a wholesale buyer
     */
    OrderGroupView placeBulkOrder(Actor buyer, BulkOrderCommand command);

    /**
     * Checks a bulk order in itself (key, lines, address, terms) as {@link #placeBulkOrder} would,
     * looking nothing up and placing nothing: for an order kept to be placed later.
     *
     * @throws org.techan.platform.RuleViolationException for what placing it would refuse so
     * @throws org.techan.platform.NotAllowedException unless the actor is a wholesale buyer
     */
    void checkBulkOrder(Actor buyer, BulkOrderCommand command);

    /**
     * What this buyer placed under this idempotency key, if anything: a retried request whose
     * lines no longer check out (its own stock is held now) still finds its order.
     */
    java.util.Optional<OrderGroupView> orderGroupByKey(Actor buyer, String key);

    /**
     * A checkout placed by one of {@code buyers}: for a module that lets colleagues see each
     * other's orders, having decided who the colleagues are.
     *
     * @throws org.techan.platform.NotFoundException when none of them placed it
     */
    OrderGroupView orderGroupOfBuyers(java.util.Collection<Long> buyers, String groupNumber);

    /**
     * What each of {@code buyers} bought in checkouts placed from {@code from} to {@code to}
     * (market days, both included): orders paid and not cancelled, their goods and what was
     * refunded on them. Buyers who bought nothing are left out.
     */
    List<BuyerSales> salesOfBuyers(java.util.Collection<Long> buyers, java.time.LocalDate from, java.time.LocalDate to);

    /** The checkouts placed by any of {@code buyers}, newest first. */
    List<OrderGroupView> orderGroupsOfBuyers(java.util.Collection<Long> buyers, int page, int size);

    /**
     * One of the consumer's own checkouts.
     *
     * @throws org.techan.platform.NotFoundException for anyone else's, or none
     */
    OrderGroupView orderGroup(Actor consumer, String groupNumber);

    /** The consumer's checkouts, newest first. */
    List<OrderGroupView> orderGroups(Actor consumer, int page, int size);

    /**
     * Cancels an unpaid checkout (all its orders) and puts its stock back on sale.
     *
     * @throws org.techan.platform.ConflictException once any of its orders was paid
     */
    OrderGroupView cancelCheckout(Actor consumer, String groupNumber);

    /**
     * The checkout's payment: one PaymentIntent per group, created on first asking and the same one
     * afterwards (an idempotency key on every call to the provider).
     *
     * @throws org.techan.platform.ConflictException once the checkout is no longer awaiting payment
     */
    PaymentView payment(Actor consumer, String groupNumber);

    /**
     * Asks the payment provider how the checkout's payment stands and applies its answer: the
     * buyer's browser confirmed the card with the provider (Stripe.js and the payment's client
     * secret; this application never sees card numbers) and is back. A paid checkout's orders
     * become PAID and their stock is sold; the provider's webhook, arriving later, changes nothing.
     *
     * @throws org.techan.platform.ConflictException when the provider cannot be reached
     */
    OrderGroupView checkPayment(Actor consumer, String groupNumber);

    /**
     * Gives money back on a paid order, all or part of it, by its shop's staff or an operator; the
     * order becomes REFUNDED once everything it cost has gone back.
     *
     * @throws org.techan.platform.RuleViolationException for an amount above what is left to refund
     * @throws org.techan.platform.ConflictException for an order that was never paid or is refunded
     * @throws org.techan.platform.NotFoundException for another shop's order
     */
    default OrderView refund(Actor actor, String orderNumber, java.math.BigDecimal amount, String reason) {
        return refund(actor, orderNumber, amount, reason, null);
    }

    /**
     * As {@link #refund(Actor, String, java.math.BigDecimal, String)}, once per {@code idempotencyKey}:
     * a repeat with the key (also one sent at the same moment) answers the order and refunds
     * nothing more.
     *
     * @throws org.techan.platform.ConflictException also when the key was used for another amount
     */
    OrderView refund(
            Actor actor,
            String orderNumber,
            java.math.BigDecimal amount,
            String reason,
            @io.micronaut.core.annotation.Nullable String idempotencyKey);

    /**
     * Gives money back on a line of a paid order because a rule of another module says so (a
     * weighing shortfall, a line the buyer refused): {@code line} says which, how many units went
     * back (none for a price difference) and how much. Funded by its shop, once per {@code
     * idempotencyKey}; it joins the caller's transaction, and the payments job sends it once that is
     * committed. {@code actor} is whoever's act the rule answers (the staff who weighed, the buyer
     * who refused), on record with the refund.
     *
     * @throws org.techan.platform.RuleViolationException for an amount above what is left to refund
     * @throws org.techan.platform.ConflictException for an order that cannot be refunded, or the key
     *     used for another amount
     */
    OrderView refundByRule(Actor actor, String orderNumber, RefundedLine line, String reason, String idempotencyKey);

    /**
     * Tells an order's buyer that a line waits for their answer ({@link NoticeKind#WEIGHT_SHORT}
     * or {@link NoticeKind#GRADE_LOWER}, {@code details} naming the line): in their notices, and by
     * e-mail where their login is an address. Once per {@code eventKey}; it joins the caller's
     * transaction.
     *
     * @throws org.techan.platform.NotFoundException for an unknown order
     * @throws IllegalArgumentException for any other kind: orders tells the rest itself
     */
    void askBuyer(String orderNumber, NoticeKind kind, java.util.List<String> details, String eventKey);

    /**
     * Tells a member of a business buyer's organisation about a purchase request (a kind for which
     * {@link NoticeKind#aboutRequisition()} holds), {@code path} being the page on this site where
     * it is answered or placed: in their notices, and by e-mail where their login is an address.
     * Once per {@code eventKey}; it joins the caller's transaction.
     *
     * @throws IllegalArgumentException for any other kind, or a path that is not on this site
     */
    void tellMember(long accountId, NoticeKind kind, java.util.List<String> details, String path, String eventKey);

    /**
     * A buyer asks for money back, or to return the goods, on their own paid order (售后): at most
     * what is left to refund, one open request per order.
     *
     * @throws org.techan.platform.RuleViolationException without a kind or reason, for an amount
     *     above what is left or details over 500 characters
     * @throws org.techan.platform.ConflictException for an order that cannot be refunded or already
     *     has an open request
     * @throws org.techan.platform.NotFoundException for someone else's order
     */
    AfterSaleView requestAfterSale(Actor buyer, String orderNumber, RequestAfterSaleCommand command);

    /**
     * Moves an after-sale request on: its buyer withdraws it or takes it to an operator (DISPUTED,
     * with a note); its shop refunds it (giving the amount back), asks for the goods back or refuses
     * it (with a reason); an operator refunds a dispute or upholds the shop (with a reason).
     *
     * @throws org.techan.platform.NotAllowedException for a move that is not the actor's to make
     * @throws org.techan.platform.ConflictException for a move its state does not allow; nothing changes
     * @throws org.techan.platform.NotFoundException for someone else's request
     */
    AfterSaleView moveAfterSale(
            Actor actor, long afterSaleId, AfterSaleState to, @io.micronaut.core.annotation.Nullable String note);

    /** The after-sale requests on an order, for its buyer, its shop or an operator; oldest first. */
    List<AfterSaleView> afterSales(Actor actor, String orderNumber);

    /**
     * The buyer adds a photo (JPEG or PNG) to their open after-sale request; three at most.
     *
     * @throws org.techan.platform.ConflictException once the request is closed or has three
     * @throws org.techan.platform.RuleViolationException for a file that is not a photo
     */
    AfterSaleView addAfterSalePhoto(Actor buyer, long afterSaleId, byte[] image);

    /**
     * A photo of an after-sale request, or its thumbnail, for its buyer, its shop and operators.
     *
     * @throws org.techan.platform.NotFoundException for anyone else, or a key not among its photos
     */
    org.techan.platform.MediaStore.StoredMedia afterSalePhoto(Actor actor, long afterSaleId, String key);

    /** What waits for the actor: a shop's open after-sale requests, or the disputes for an operator. */
    List<AfterSaleView> waitingAfterSales(Actor actor);

    /**
     * Lets an order held by a batch recall go on (its shop's staff or an operator), saying how the
     * recall was dealt with; the note goes on the order's timeline. Refunding ends a hold as well.
     *
     * @throws org.techan.platform.RuleViolationException without a note, or one over 150 characters
     * @throws org.techan.platform.ConflictException if the order is not held
     * @throws org.techan.platform.NotFoundException for another shop's order
     */
    OrderView releaseRecallHold(Actor actor, String orderNumber, String note);

    /**
     * Moves an order along its lifecycle by its shop's staff (pack, ship, ready for pickup).
     *
     * @throws org.techan.platform.ConflictException for a move the lifecycle does not allow; nothing changes
     * @throws org.techan.platform.NotFoundException if the order is not the staff member's shop's
     */
    OrderView advance(Actor staff, String orderNumber, OrderState next);

    /** The holder's cart grouped by shop and priced as a checkout would price it now (empty if none). */
    default CartView cart(CartHolder holder) {
        return cart(holder, null);
    }

    /**
     * The cart priced with the buyer's choice of coupons, as the checkout with the same choice would
     * price it: null takes the best the buyer holds, an empty set none.
     */
    CartView cart(CartHolder holder, @io.micronaut.core.annotation.Nullable java.util.Set<String> coupons);

    /**
     * Puts units of a SKU into the cart (added to any already there).
     *
     * @throws org.techan.platform.RuleViolationException for a SKU not on sale, a quantity the SKU's
     *     purchase rule does not allow, or a full cart; nothing changes
     * @throws org.techan.platform.ConflictException when the stock left is smaller than the cart's quantity
     */
    CartView addToCart(CartHolder holder, long skuId, int quantity);

    /**
     * Prices lines for a buyer through every pricing step, as checkout prices them, without a cart
     * or an order and without delivery: what a wholesale draft shows before it is placed. The
     * caller supplies the lines' list prices as the catalog gives them.
     */
    PriceQuote quoteGoods(PricingRequest request);

    /**
     * Sets a line's quantity; 0 takes it out.
     *
     * @throws org.techan.platform.NotFoundException if the cart holds no such line
     */
    CartView changeCartLine(CartHolder holder, long skuId, int quantity);

    /** On sign-in: the visitor's cart joins the consumer's; the visitor's cart is gone afterwards. */
    CartView mergeCart(String visitorToken, Actor consumer);

    /**
     * Checks out the consumer's whole cart; the bought lines leave the cart. The same idempotency
     * key returns the same checkout.
     *
     * @throws org.techan.platform.RuleViolationException for an empty cart or one with problems (see
     *     {@link CartView}), or a bad address
     * @throws org.techan.platform.ConflictException when the total differs from {@code expectedTotal}
     */
    OrderGroupView checkoutCart(Actor consumer, CartCheckoutCommand command);

    /** The consumer's address book, most recently used first. */
    List<SavedAddress> addresses(Actor consumer);

    /**
     * Keeps an address in the consumer's book (an identical one is not kept twice).
     *
     * @throws org.techan.platform.RuleViolationException for a bad address or a full book
     */
    SavedAddress saveAddress(Actor consumer, DeliveryAddress address);

    /**
     * @throws org.techan.platform.NotFoundException for anyone else's address, or none
     */
    void removeAddress(Actor consumer, long addressId);

    /** How the shop charges for home delivery (the marketplace default until its staff set a rule). */
    ShippingRule shippingRule(String shopSlug);

    /**
     * Sets the staff member's own shop's delivery charge; carts and checkouts use it at once.
     *
     * @throws org.techan.platform.RuleViolationException for a missing kind or fees out of range; nothing changes
     * @throws org.techan.platform.NotAllowedException unless the actor is shop staff
     */
    ShippingRule setShippingRule(Actor staff, ShippingRule rule);

    /**
     * Opens a community pickup store (operators).
     *
     * @throws org.techan.platform.RuleViolationException for a bad code, place, hours or capacities
     * @throws org.techan.platform.ConflictException for a code already taken
     */
    StoreView openStore(Actor operator, OpenStoreCommand command);

    /** Creates a clerk account working at the store (operators). */
    org.techan.platform.AccountView addStoreClerk(
            Actor operator, String storeCode, org.techan.platform.RegisterAccountCommand command);

    /** Every pickup store. */
    List<StoreView> stores();

    /**
     * Collection days with room for an order of this temperature, at stores that can keep it: the
     * next {@code 3} days from the first the store's cut-off still allows.
     */
    default List<PickupSlotView> pickupSlots(org.techan.catalog.TemperatureClass temperature) {
        return pickupSlots(temperature, null, List.of());
    }

    /**
     * As {@link #pickupSlots(org.techan.catalog.TemperatureClass)}, near the buyer: only at stores
     * within reach of {@code near} (the delivery address's region; by default the same city,
     * {@code techan.pickup.reach}), those in its county first; and for an order with fresh goods
     * (see {@link org.techan.catalog.SkuOnSale#fresh()}) only in {@code freshProvinces}, the
     * provinces they come from. Every store when {@code near} is not known.
     */
    List<PickupSlotView> pickupSlots(
            org.techan.catalog.TemperatureClass temperature,
            @io.micronaut.core.annotation.Nullable org.techan.catalog.RegionCode near,
            List<String> freshProvinces);

    /** The store a clerk works at. */
    StoreView storeOf(Actor clerk);

    /** Parcels on their way to the clerk's store and being prepared for it, by shop and day. */
    List<ConsignmentView> consignments(Actor clerk);

    /**
     * A shop's parcel for a day reached the clerk's store: its orders become ready for pickup, each
     * with a 6-digit code, and their buyers are told. Answers how many orders it held.
     *
     * @throws org.techan.platform.NotFoundException when no such parcel is on its way
     */
    int receiveConsignment(Actor clerk, String shopSlug, java.time.LocalDate day);

    /** Orders waiting at the clerk's store for their buyers (no codes shown). */
    List<WaitingPickupView> waitingPickups(Actor clerk);

    /**
     * The order waiting at the clerk's store under a pickup code.
     *
     * @throws org.techan.platform.NotFoundException for a code no waiting order there has
     */
    HandOverView checkPickupCode(Actor clerk, String code);

    /**
     * Hands an order over against its code; refused (damaged) lines are refunded with the reason.
     *
     * @throws org.techan.platform.NotFoundException for a wrong code
     * @throws org.techan.platform.RuleViolationException for a refusal without a reason
     */
    OrderView handOver(Actor clerk, String orderNumber, HandOverCommand command);

    /** The shop's orders in a state (every paid one when null), oldest first. */
    List<OrderView> shopOrders(
            Actor staff, @io.micronaut.core.annotation.Nullable OrderState state, int page, int size);

    /** One of the shop's orders. */
    OrderView shopOrder(Actor staff, String orderNumber);

    /** Per store, what the shop packs for collection on a day: units per SKU and the orders. */
    List<PickingListView> pickingLists(Actor staff, java.time.LocalDate day);

    /**
     * Sends the shop's parcel for a store and day: its orders are packed and shipped to the store.
     *
     * @throws org.techan.platform.NotFoundException when the shop has no paid orders for it
     */
    int dispatchConsignment(Actor staff, String storeCode, java.time.LocalDate day);

    /**
     * Hands a delivery order to a courier with its tracking number (packing it first if needed).
     *
     * @throws org.techan.platform.RuleViolationException without a carrier and a plausible tracking number
     * @throws org.techan.platform.ConflictException for a pickup order or one not paid
     */
    OrderView shipOrder(Actor staff, String orderNumber, String carrier, String trackingNumber);

    /** The buyer confirms a delivery arrived: delivered and completed. */
    OrderView confirmReceipt(Actor consumer, String orderNumber);

    /** The buyer's notices (paid, ready for pickup, shipped, refunded), newest first. */
    List<NoticeView> notices(Actor consumer, int limit);

    /** How many of the buyer's notices are unread. */
    int unreadNotices(Actor consumer);

    /** Marks all the buyer's notices read. */
    void markNoticesRead(Actor consumer);

    /** The share of the goods (percent) the no-show policy refunds on an order left uncollected. */
    int noShowRefundPercent();

    /** Days after receiving an order (delivered, collected) that its buyer may still ask for after-sales. */
    int afterSaleWindowDays();
}
