package org.techan.platform.internal;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import org.techan.platform.OutboxSubscriber;

/** Hands one event to every subscriber of its type, inside a savepoint of the relay's transaction. */
@Singleton
class OutboxDeliveries {

    private final List<OutboxSubscriber<?>> subscribers;
    private final JsonMapper json;

    OutboxDeliveries(List<OutboxSubscriber<?>> subscribers, JsonMapper json) {
        this.subscribers = subscribers;
        this.json = json;
    }

    /** Whether anyone listens to the row's event; nobody needs a savepoint opened for an event no one hears. */
    boolean anyListens(OutboxRow row) throws ClassNotFoundException {
        Class<?> type = Class.forName(row.eventType(), false, getClass().getClassLoader());
        return subscribers.stream()
                .anyMatch(subscriber -> subscriber.eventType().isAssignableFrom(type));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.NESTED)
    public void deliver(OutboxRow row) throws IOException, ClassNotFoundException {
        Class<?> type = Class.forName(row.eventType(), false, getClass().getClassLoader());
        Object event = json.readValue(row.payload(), type);
        for (OutboxSubscriber<?> subscriber : subscribers) {
            if (subscriber.eventType().isInstance(event)) {
                deliverTo(subscriber, event, row.eventId());
            }
        }
    }

    private static <E> void deliverTo(OutboxSubscriber<E> subscriber, Object event, String eventId) {
        subscriber.on(subscriber.eventType().cast(event), eventId);
    }
}
