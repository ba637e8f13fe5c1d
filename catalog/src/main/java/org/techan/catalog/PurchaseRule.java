package org.techan.catalog;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.techan.platform.RuleViolationException;

/**
 * How many units of a SKU one order may hold: at least {@code minQuantity}, then in steps of
 * {@code step} (6 jars a box), at most {@code maxPerOrder} when the shop limits it. A scarce item
 * can also be limited per person (限购): at most {@code maxPerBuyer} units for one buyer across
 * the orders they placed in the last {@code buyerWindowDays} days that were not cancelled or
 * refunded, so one account cannot clear a festival item with several orders.
 */
@Serdeable
public record PurchaseRule(
        int minQuantity, int step, @Nullable Integer maxPerOrder, @Nullable Integer maxPerBuyer, int buyerWindowDays) {

    public static final int DEFAULT_BUYER_WINDOW_DAYS = 30;

    public static final PurchaseRule ANY = new PurchaseRule(1, 1, null);

    @Creator
    public PurchaseRule {}

    /** A rule without a per-person limit. */
    public PurchaseRule(int minQuantity, int step, @Nullable Integer maxPerOrder) {
        this(minQuantity, step, maxPerOrder, null, DEFAULT_BUYER_WINDOW_DAYS);
    }

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

    /**
     * @param alreadyBought the buyer's units of this SKU in their orders of the window
     * @throws RuleViolationException when these units would take the buyer past the per-person limit
     */
    public void checkForBuyer(int alreadyBought, int quantity) {
        if (maxPerBuyer != null && alreadyBought + quantity > maxPerBuyer) {
            throw new RuleViolationException(
                    "purchase.above-buyer-limit",
                    maxPerBuyer,
                    buyerWindowDays,
                    Math.max(0, maxPerBuyer - alreadyBought));
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
        return minQuantity > 1 || step > 1 || maxPerOrder != null || maxPerBuyer != null;
    }
}
