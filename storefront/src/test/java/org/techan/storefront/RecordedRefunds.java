package org.techan.storefront;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.techan.orders.OrderRefunded;
import org.techan.platform.OutboxSubscriber;

/** The refunds orders announced, as another module receives them (tests that set the property). */
@Singleton
@Requires(property = "test.record-refunds", value = "true")
class RecordedRefunds implements OutboxSubscriber<OrderRefunded> {

    private final List<OrderRefunded> received = new CopyOnWriteArrayList<>();

    @Override
    public Class<OrderRefunded> eventType() {
        return OrderRefunded.class;
    }

    @Override
    public void on(OrderRefunded event, String eventId) {
        received.add(event);
    }

    List<OrderRefunded> of(String orderNumber) {
        return received.stream()
                .filter(event -> event.orderNumber().equals(orderNumber))
                .toList();
    }
}
