package org.techan.orders;

import io.micronaut.core.order.Ordered;
import java.util.List;

/**
 * One step of the pricing pipeline, a bean: every checkout and cart asks each step of each stage,
 * in stage order, what it offers. Promotions and wholesale price lists plug in here; orders names
 * none of them. Within {@link PricingStage#BASE_PRICE} the step with the lowest {@link #getOrder()}
 * is asked first and its price wins; the list price answers last.
 */
public interface PricingStep extends Ordered {

    PricingStage stage();

    /** The offers for this checkout; only offers of the step's own stage, on the context's lines. */
    List<PriceOffer> offers(PricingContext context);

    /**
     * Whether this step sees the lines a business base price (a wholesale price) closed to
     * consumer promotions: such a step offers on a {@link PricingContext.Line#business()} line only
     * what its own terms say business buyers get (a campaign open to them). Other steps never see
     * those lines.
     */
    default boolean pricesBusinessLines() {
        return false;
    }

    /** The discounts of this step the checkout is close to but does not reach yet, for the cart to show. */
    default List<PriceHint> hints(PricingContext context) {
        return List.of();
    }
}
