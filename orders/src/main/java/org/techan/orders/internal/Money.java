package org.techan.orders.internal;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/** Yuan amounts as a checkout handles them: two decimals, never negative, counted in cents where shared. */
final class Money {

    private Money() {}

    /** What is wrong with a price or charge; null when nothing is. */
    static @Nullable String problem(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "no amount";
        }
        if (amount.signum() < 0) {
            return "a negative amount";
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return "an amount finer than a cent";
        }
        return null;
    }

    /** As {@link #problem}, and zero is a problem too: a discount of nothing is no offer. */
    static @Nullable String positiveProblem(@Nullable BigDecimal amount) {
        String problem = problem(amount);
        return problem == null && amount.signum() == 0 ? "a discount of nothing" : problem;
    }

    /** {@code amount} with two decimals. */
    static BigDecimal checked(BigDecimal amount, String what) {
        String problem = problem(amount);
        if (problem != null) {
            throw new IllegalStateException("Not a valid " + what + ": " + problem + " (" + amount + ")");
        }
        return amount.setScale(2);
    }

    static long cents(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }

    static BigDecimal ofCents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
