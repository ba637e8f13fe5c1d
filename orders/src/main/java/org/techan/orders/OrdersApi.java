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
     * Moves an order along its lifecycle by its shop's staff (pack, ship, ready for pickup).
     *
     * @throws org.techan.platform.ConflictException for a move the lifecycle does not allow; nothing changes
     * @throws org.techan.platform.NotFoundException if the order is not the staff member's shop's
     */
    OrderView advance(Actor staff, String orderNumber, OrderState next);
}
