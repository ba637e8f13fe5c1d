package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A cart grouped by shop and priced now. Totals count only lines that can be bought; the cart is
 * ready for checkout when it has lines and none has a problem. {@code hints} are the platform's
 * discounts it is close to (each shop's are with the shop).
 */
@Serdeable
public record CartView(
        List<CartShopView> shops,
        BigDecimal goodsTotal,
        BigDecimal shippingTotal,
        BigDecimal total,
        List<PriceHint> hints) {

    /** The cart of someone who has put nothing in it yet. */
    public static CartView empty() {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new CartView(List.of(), zero, zero, zero, List.of());
    }

    /** What every discount took off the goods: campaign prices, thresholds and coupons. */
    public BigDecimal saved() {
        return shops.stream().map(CartShopView::saved).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public boolean isEmpty() {
        return shops.isEmpty();
    }

    public int units() {
        return shops.stream()
                .flatMap(s -> s.lines().stream())
                .mapToInt(CartLineView::quantity)
                .sum();
    }

    public boolean readyForCheckout() {
        return !isEmpty() && shops.stream().flatMap(s -> s.lines().stream()).allMatch(l -> l.problem() == null);
    }

    public boolean anyPriceChanged() {
        return shops.stream().flatMap(s -> s.lines().stream()).anyMatch(CartLineView::priceChanged);
    }
}
