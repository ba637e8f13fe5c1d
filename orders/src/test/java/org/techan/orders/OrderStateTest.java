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
    void shouldReachTheStoreOrTheDoorOnlyAfterShippingAndTheBaseWithout() {
        assertThat(Fulfilment.PICKUP.allows(OrderState.PACKED, OrderState.READY_FOR_PICKUP))
                .as("a pickup is ready at the store it was shipped to")
                .isFalse();
        assertThat(Fulfilment.PICKUP.allows(OrderState.SHIPPED, OrderState.READY_FOR_PICKUP))
                .isTrue();
        assertThat(Fulfilment.DELIVERY.allows(OrderState.PACKED, OrderState.READY_FOR_PICKUP))
                .isFalse();
        assertThat(Fulfilment.DELIVERY.allows(OrderState.SHIPPED, OrderState.READY_FOR_PICKUP))
                .isFalse();
        assertThat(Fulfilment.DELIVERY.allows(OrderState.SHIPPED, OrderState.DELIVERED))
                .isTrue();
        assertThat(Fulfilment.COLLECTION.allows(OrderState.PACKED, OrderState.READY_FOR_PICKUP))
                .as("a collection is ready where it was packed")
                .isTrue();
        assertThat(Fulfilment.COLLECTION.allows(OrderState.PACKED, OrderState.SHIPPED))
                .isFalse();
        assertThat(Fulfilment.COLLECTION.allows(OrderState.READY_FOR_PICKUP, OrderState.PICKED_UP))
                .isTrue();
        assertThat(Fulfilment.COLLECTION.allows(OrderState.PAID, OrderState.READY_FOR_PICKUP))
                .as("packed first")
                .isFalse();
        assertThat(OrderState.SHIPPED.next())
                .contains(OrderState.READY_FOR_PICKUP, OrderState.DELIVERED)
                .doesNotContain(OrderState.PAID);
        assertThat(OrderState.READY_FOR_PICKUP.canBecome(OrderState.CANCELLED))
                .as("not collected in time")
                .isTrue();
    }
}
