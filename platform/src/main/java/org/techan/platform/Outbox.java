package org.techan.platform;

/**
 * Publishes an event as part of the caller's database transaction, so the event exists exactly
 * when the change it describes was committed; a relay hands it to {@link OutboxSubscriber}s
 * afterwards, at least once. Events are {@code @Serdeable} records named in the past tense.
 */
public interface Outbox {

    /**
     * Writes {@code event} to {@code table} in the current transaction.
     *
     * @return the event's id, which subscribers use to ignore repeats
     * @throws io.micronaut.transaction.exceptions.NoTransactionException if no transaction is active
     */
    String publish(OutboxTable table, Object event);

    /**
     * Writes all {@code events} to {@code table} in the current transaction with one statement, in
     * the order given (the order the relay hands them on).
     *
     * @return the events' ids, in the same order
     */
    java.util.List<String> publishAll(OutboxTable table, java.util.List<?> events);

    /**
     * Adds the statement that writes all {@code events} to {@code table} to {@code script}, for a
     * caller that sends its writes in one round trip; the events exist once the script has run in
     * the current transaction and that transaction commits.
     *
     * @return the events' ids, in the same order
     */
    java.util.List<String> publishAll(SqlScript script, OutboxTable table, java.util.List<?> events);
}
