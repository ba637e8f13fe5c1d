package org.techan.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The delivery charge on its own, without the application. */
class ShippingRuleTest {

    private static final ShippingRule BY_WEIGHT =
            new ShippingRule(ShippingKind.BY_WEIGHT, new BigDecimal("8"), new BigDecimal("3.5"), new BigDecimal("199"));

    @Test
    void shouldChargeTheMarketplaceDefaultFlatBelowNinetyNineYuanAndNothingFrom() {
        assertThat(ShippingRule.MARKETPLACE_DEFAULT.chargeFor(new BigDecimal("98.99"), 5_000))
                .isEqualByComparingTo("10.00");
        assertThat(ShippingRule.MARKETPLACE_DEFAULT.chargeFor(new BigDecimal("99.00"), 5_000))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void shouldChargeTheFirstKilogramThenEveryStartedOne() {
        assertThat(BY_WEIGHT.chargeFor(new BigDecimal("50"), 300)).isEqualByComparingTo("8.00");
        assertThat(BY_WEIGHT.chargeFor(new BigDecimal("50"), 1_000)).isEqualByComparingTo("8.00");
        assertThat(BY_WEIGHT.chargeFor(new BigDecimal("50"), 1_001)).isEqualByComparingTo("11.50");
        assertThat(BY_WEIGHT.chargeFor(new BigDecimal("50"), 2_500)).isEqualByComparingTo("15.00");
        assertThat(BY_WEIGHT.chargeFor(new BigDecimal("199"), 2_500)).isEqualByComparingTo("0.00");
    }

    @Test
    void shouldAnswerInFenEvenForAWholeYuanFee() {
        assertThat(new ShippingRule(ShippingKind.FLAT, new BigDecimal("6"), null, null)
                        .chargeFor(BigDecimal.ONE, 100)
                        .scale())
                .isEqualTo(2);
    }
}
