package org.techan.platform.internal;

/** One pending event as the relay reads it from an outbox table. */
record OutboxRow(long id, String eventId, String eventType, String payload, int attempts) {}
