package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/** An order waiting at a store, as its clerks see it: no code, only part of the buyer's name and number. */
@Serdeable
public record WaitingPickupView(
        String orderNumber,
        String shopNameZh,
        String recipient,
        String phoneEnding,
        LocalDate day,
        Instant collectBy) {}
