package org.techan.orders.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import org.techan.platform.RuleViolationException;

/** What every parcel between a shop and a pickup store names: the other side and the day. */
final class Consignments {

    private Consignments() {}

    /**
     * @throws RuleViolationException ({@code missingParty}) without the shop or store, or
     *     {@code consignment.day.required} without the day
     */
    static void require(@Nullable String party, String missingParty, @Nullable LocalDate day) {
        if (party == null || party.isBlank()) {
            throw new RuleViolationException(missingParty);
        }
        if (day == null) {
            throw new RuleViolationException("consignment.day.required");
        }
    }
}
