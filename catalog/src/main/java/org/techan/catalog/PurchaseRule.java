package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.techan.platform.RuleViolationException;

/**
 * How many units of a SKU one order may hold: at least {@code minQuantity}, then in steps of
 * {@code step} (6 jars a box), at most {@code maxPerOrder} when the shop limits it.
 */
@Serdeable
public record PurchaseRule(int minQuantity, int step, @Nullable Integer maxPerOrder) {

    public static final PurchaseRule ANY = new PurchaseRule(1, 1, null);

    /**
     * @throws RuleViolationException naming the rule the quantity breaks
     */
    public void check(int quantity) {
        if (quantity < minQuantity) {
            throw new RuleViolationException("purchase.below-minimum", minQuantity);
        }
        if ((quantity - minQuantity) % step != 0) {
            throw new RuleViolationException("purchase.step", minQuantity, step);
        }
        if (maxPerOrder != null && quantity > maxPerOrder) {
            throw new RuleViolationException("purchase.above-limit", maxPerOrder);
        }
    }

    /** The largest quantity this rule allows that is not above {@code wanted}, or 0 if none. */
    public int largestAllowedUpTo(int wanted) {
        int ceiling = maxPerOrder == null ? wanted : Math.min(wanted, maxPerOrder);
        if (ceiling < minQuantity) {
            return 0;
        }
        return ceiling - (ceiling - minQuantity) % step;
    }

    /** True when the rule says more than "any number of units". */
    public boolean restricts() {
        return minQuantity > 1 || step > 1 || maxPerOrder != null;
    }
}
