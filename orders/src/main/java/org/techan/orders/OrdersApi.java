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
     * Pays the checkout by card (the stub's test cards: 4242 4242 4242 4242 pays, 4000 0000 0000
     * 0002 is declined). A paid checkout's orders become PAID and their stock is sold.
     *
     * @throws org.techan.platform.RuleViolationException when the card is declined; the checkout
     *     stays payable
     */
    OrderGroupView payByCard(Actor consumer, String groupNumber, String cardNumber);

    /** The units per product a checkout bought, for sales counts (no buyer data). */
    java.util.List<SoldUnits> unitsSold(String groupNumber);

    /** Applies the payment news received so far (webhooks); safe on every replica, repeats change nothing. */
    int processPaymentEvents();

    /**
     * Gives money back on a paid order, all or part of it, by its shop's staff or an operator; the
     * order becomes REFUNDED once everything it cost has gone back.
     *
     * @throws org.techan.platform.RuleViolationException for an amount above what is left to refund
     * @throws org.techan.platform.ConflictException for an order that was never paid or is refunded
     * @throws org.techan.platform.NotFoundException for another shop's order
     */
    OrderView refund(Actor actor, String orderNumber, java.math.BigDecimal amount, String reason);

    /**
     * Moves an order along its lifecycle by its shop's staff (pack, ship, ready for pickup).
     *
     * @throws org.techan.platform.ConflictException for a move the lifecycle does not allow; nothing changes
     * @throws org.techan.platform.NotFoundException if the order is not the staff member's shop's
     */
    OrderView advance(Actor staff, String orderNumber, OrderState next);

    /** The holder's cart grouped by shop and priced as a checkout would price it now (empty if none). */
    CartView cart(CartHolder holder);

    /**
     * Puts units of a SKU into the cart (added to any already there).
     *
     * @throws org.techan.platform.RuleViolationException for a SKU not on sale, a quantity the SKU's
     *     purchase rule does not allow, or a full cart; nothing changes
     * @throws org.techan.platform.ConflictException when the stock left is smaller than the cart's quantity
     */
    CartView addToCart(CartHolder holder, long skuId, int quantity);

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
}
