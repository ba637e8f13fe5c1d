package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * A shop's price list: for every organisation of one kind, or for one organisation named by its
 * unified social credit code (exactly one of the two), from a day to a day (none: open-ended),
 * with a price per pack for some of the shop's wholesale SKUs. The same {@code requestKey} again
 * (a form sent twice) answers the list it saved.
 */
@Serdeable
public record PriceListCommand(
        @Nullable String name,
        @Nullable OrganisationKind organisationKind,
        @Nullable String organisationCreditCode,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable List<ListPrice> prices,
        @Nullable String requestKey) {}
