package org.techan.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The order lifecycle on its own, without the application. */
class OrderStateTest {

    @Test
    void shouldPayOrCancelAnUnpaidOrderOnly() {
        assertThat(OrderState.PENDING_PAYMENT.next()).containsExactlyInAnyOrder(OrderState.PAID, OrderState.CANCELLED);
        assertThat(OrderState.PENDING_PAYMENT.canBecome(OrderState.SHIPPED)).isFalse();
    }

    @Test
    void shouldRefundFromEveryPaidStateAndFromNoOther() {
        EnumSet<OrderState> refundable = EnumSet.noneOf(OrderState.class);
        for (OrderState state : OrderState.values()) {
            if (state.canBecome(OrderState.REFUNDED)) {
                refundable.add(state);
            }
        }

        assertThat(refundable)
                .containsExactlyInAnyOrder(
                        OrderState.PAID,
                        OrderState.PACKED,
                        OrderState.SHIPPED,
                        OrderState.READY_FOR_PICKUP,
                        OrderState.DELIVERED,
                        OrderState.PICKED_UP,
                        OrderState.COMPLETED);
    }

    @Test
    void shouldEndAtCancelledAndRefunded() {
        assertThat(OrderState.CANCELLED.next()).isEmpty();
        assertThat(OrderState.REFUNDED.next()).isEmpty();
    }

    @Test
    void shouldReachThePickupOrTheDoorOnlyAfterShipping() {
        assertThat(OrderState.PACKED.canBecome(OrderState.READY_FOR_PICKUP)).isFalse();
        assertThat(OrderState.SHIPPED.next())
                .contains(OrderState.READY_FOR_PICKUP, OrderState.DELIVERED)
                .doesNotContain(OrderState.PAID);
        assertThat(OrderState.READY_FOR_PICKUP.canBecome(OrderState.CANCELLED))
                .as("not collected in time")
                .isTrue();
    }
}
