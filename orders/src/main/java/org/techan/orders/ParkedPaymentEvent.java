package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A payment provider's event that failed every time it was applied, waiting for an operator. */
@Serdeable
public record ParkedPaymentEvent(
        String eventId, String type, Instant receivedAt, int attempts, @Nullable String lastError) {}
