package org.techan.orders.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount of cents among lines in proportion to their weights (what each line costs),
 * by largest remainder: the shares add up to the amount exactly, and none exceeds its weight
 * while the amount does not exceed the weights' sum.
 */
final class CentShares {

    private CentShares() {}

    static long[] split(long cents, long[] weights) {
        long total = 0;
        for (long weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("A negative weight");
            }
            total += weight;
        }
        if (cents < 0 || cents > total) {
            throw new IllegalArgumentException(cents + " cents cannot be shared among weights summing to " + total);
        }
        long[] shares = new long[weights.length];
        if (cents == 0) {
            return shares;
        }
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            // Exact: cents × weight fits a long for any amount a checkout can hold.
            long product = Math.multiplyExact(cents, weights[i]);
            shares[i] = product / total;
            remainders[i] = product % total;
            given += shares[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        // Largest remainder first; among equals the heavier line, then the earlier one.
        order.sort(Comparator.<Integer>comparingLong(i -> remainders[i])
                .reversed()
                .thenComparing(
                        Comparator.<Integer>comparingLong(i -> weights[i]).reversed())
                .thenComparingInt(i -> i));
        for (int k = 0; given < cents; k++) {
            shares[order.get(k)]++;
            given++;
        }
        return shares;
    }
}
