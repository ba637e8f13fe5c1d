package org.techan.platform;

/**
 * Reacts to events of one type from any module's outbox. Delivery is at least once and runs in a
 * transaction of its own (a savepoint): a subscriber that throws is retried later with nothing of
 * its work kept, so it must be idempotent, e.g. by recording {@code eventId} in its module's
 * {@code *_processed_event} table.
 */
public interface OutboxSubscriber<E> {

    Class<E> eventType();

    void on(E event, String eventId);
}
