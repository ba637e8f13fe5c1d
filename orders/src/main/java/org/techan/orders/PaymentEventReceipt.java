package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;

/** Acknowledgement of a payment webhook; {@code firstDelivery} is false for a repeat. */
@Serdeable
public record PaymentEventReceipt(String eventId, String type, boolean firstDelivery) {}
