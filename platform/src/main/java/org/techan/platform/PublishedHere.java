package org.techan.platform;

/**
 * Told, synchronously and inside the publisher's transaction, of every event this replica writes
 * to an outbox: for what must react at once on the replica that made the change (dropping cached
 * pages), before the relay delivers the event anywhere. Other replicas learn of it from the table.
 * It must be cheap and must not fail.
 */
public interface PublishedHere {

    void published(OutboxTable table, Object event);
}
