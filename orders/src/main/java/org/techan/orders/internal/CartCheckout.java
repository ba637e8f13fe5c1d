package org.techan.orders.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.techan.orders.CartCheckoutCommand;
import org.techan.orders.CartHolder;
import org.techan.orders.CartLine;
import org.techan.orders.CartView;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.PlaceOrderCommand;
import org.techan.platform.Actor;
import org.techan.platform.RuleViolationException;

/**
 * Checks out a consumer's cart in one transaction: the address (saved or new, then kept in the
 * book), the checkout itself at the total the consumer saw, and the bought lines out of the cart.
 */
@Singleton
class CartCheckout {

    private final Carts carts;
    private final Addresses addresses;
    private final Checkout checkout;
    private final OrderGroups groups;

    private final Buyers buyers;

    CartCheckout(Carts carts, Addresses addresses, Checkout checkout, OrderGroups groups, Buyers buyers) {
        this.buyers = buyers;
        this.carts = carts;
        this.addresses = addresses;
        this.checkout = checkout;
        this.groups = groups;
    }

    /** Answers the group's id; the caller reads it after the commit. */
    @Transactional
    public long checkOut(Actor consumer, CartCheckoutCommand command) {
        String key = Checkout.key(command.idempotencyKey());
        // Before any read: the checkout counts the buyer's orders, which a snapshot taken earlier would miss.
        buyers.lock(List.of(consumer.accountId()));
        // The cart is already empty when a checkout is repeated: the key alone finds its result.
        Optional<Long> earlier = groups.idByKeyOnly(consumer.accountId(), key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CartView cart = carts.view(CartHolder.of(consumer));
        if (cart.isEmpty()) {
            throw new RuleViolationException("cart.empty.refused");
        }
        if (!cart.readyForCheckout()) {
            throw new RuleViolationException("cart.not-ready");
        }
        DeliveryAddress address = address(consumer, command);
        Map<Long, Integer> units = new TreeMap<>();
        cart.shops().stream()
                .flatMap(shop -> shop.lines().stream())
                .forEach(line -> units.put(line.skuId(), line.quantity()));
        List<CartLine> lines = units.entrySet().stream()
                .map(u -> new CartLine(u.getKey(), u.getValue()))
                .toList();
        // Before the checkout, whose stock hold must be the transaction's last statement.
        carts.removeBought(consumer, units);
        return checkout.place(
                consumer,
                new PlaceOrderCommand(
                        key,
                        lines,
                        address,
                        command.fulfilments(),
                        command.expectedGoodsTotal(),
                        command.remarks(),
                        command.coupons()));
    }

    /**
     * A saved address, or a new one kept in the book; a name and number alone (everything collected
     * at stores) is passed on as it is, not kept.
     */
    private DeliveryAddress address(Actor consumer, CartCheckoutCommand command) {
        if (command.addressId() != null) {
            return addresses.use(consumer, command.addressId());
        }
        DeliveryAddress given = command.address();
        boolean contactOnly = given != null
                && (given.regionCode() == null || given.regionCode().isBlank())
                && (given.street() == null || given.street().isBlank());
        return contactOnly ? given : addresses.remember(consumer, given).address();
    }
}
