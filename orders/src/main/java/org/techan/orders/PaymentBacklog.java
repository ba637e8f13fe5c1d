package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Money news not yet settled: provider events waiting to be applied and parked ones (each needs
 * an operator), refunds recorded but not yet confirmed by the provider and those failing for a while.
 */
@Serdeable
public record PaymentBacklog(long waitingEvents, long parkedEvents, long unsentRefunds, long failingRefunds) {

    /** Whether somebody should look: an event parked, or a refund the provider keeps refusing. */
    public boolean needsAttention() {
        return parkedEvents > 0 || failingRefunds > 0;
    }
}
