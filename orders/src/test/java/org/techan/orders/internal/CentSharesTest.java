package org.techan.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CentSharesTest {

    @Test
    void shouldShareInProportionGivingTheLeftoverCentsToTheLargestRemainders() {
        // 10.00 off lines of 30.00, 30.00 and 40.00 is 3.00, 3.00 and 4.00.
        assertThat(CentShares.split(1000, new long[] {3000, 3000, 4000})).containsExactly(300, 300, 400);
        // 1.00 off three equal lines: 33, 33, 33 and one cent left over, to the first.
        assertThat(CentShares.split(100, new long[] {500, 500, 500})).containsExactly(34, 33, 33);
        // 0.10 off 0.01 and 9.99: 0.0001 and 0.0999 → the second has the larger remainder.
        assertThat(CentShares.split(10, new long[] {1, 999})).containsExactly(0, 10);
    }

    @Test
    void shouldGiveNothingToAFreeLineAndAllToTheOnlyLineThatCosts() {
        assertThat(CentShares.split(250, new long[] {0, 1000, 0})).containsExactly(0, 250, 0);
        assertThat(CentShares.split(0, new long[] {100, 200})).containsExactly(0, 0);
    }

    @Test
    void sharesAlwaysAddUpAndNeverExceedTheirLine() {
        Random random = new Random(20261206);
        for (int run = 0; run < 20_000; run++) {
            long[] weights = new long[1 + random.nextInt(8)];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextInt(5) == 0 ? 0 : random.nextInt(100_000);
            }
            long total = Arrays.stream(weights).sum();
            long cents = total == 0 ? 0 : random.nextLong(total + 1);

            long[] shares = CentShares.split(cents, weights);

            assertThat(Arrays.stream(shares).sum()).isEqualTo(cents);
            for (int i = 0; i < weights.length; i++) {
                assertThat(shares[i]).isBetween(0L, weights[i]);
                // Within a cent of the exact proportion.
                double exact = total == 0 ? 0 : (double) cents * weights[i] / total;
                assertThat(Math.abs(shares[i] - exact)).isLessThan(1.0);
            }
        }
    }

    @Test
    void shouldRefuseMoreThanTheLinesCostOrANegativeLine() {
        assertThatThrownBy(() -> CentShares.split(301, new long[] {100, 200}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CentShares.split(1, new long[] {-1, 2})).isInstanceOf(IllegalArgumentException.class);
    }
}
