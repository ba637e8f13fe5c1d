package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.techan.platform.RuleViolationException;

/** The purchase rule on its own, without the application: two jars at least, in pairs, six at most. */
class PurchaseRuleTest {

    private static final PurchaseRule JARS = new PurchaseRule(2, 2, 6);

    @Test
    void shouldAcceptQuantitiesOnTheRuleAndNameTheRuleAQuantityBreaks() {
        JARS.check(2);
        JARS.check(4);
        JARS.check(6);

        assertThatThrownBy(() -> JARS.check(1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("purchase.below-minimum");
        assertThatThrownBy(() -> JARS.check(3)).hasMessageContaining("purchase.step");
        assertThatThrownBy(() -> JARS.check(8)).hasMessageContaining("purchase.above-limit");
    }

    @Test
    void shouldRoundAWantedQuantityDownToTheLargestAllowed() {
        assertThat(JARS.largestAllowedUpTo(5)).isEqualTo(4);
        assertThat(JARS.largestAllowedUpTo(9)).isEqualTo(6);
        assertThat(JARS.largestAllowedUpTo(1)).isZero();
        assertThat(PurchaseRule.ANY.largestAllowedUpTo(37)).isEqualTo(37);
    }

    @Test
    void shouldSayWhetherItRestrictsAnything() {
        assertThat(PurchaseRule.ANY.restricts()).isFalse();
        assertThat(JARS.restricts()).isTrue();
        assertThat(new PurchaseRule(1, 1, 10).restricts()).isTrue();
    }
}
