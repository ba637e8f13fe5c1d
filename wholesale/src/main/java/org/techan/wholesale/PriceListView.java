package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * A shop's price list: who it is for (a kind of organisation, or one organisation by name), when it
 * applies and its prices. An organisation's own list comes before its kind's, and either before
 * the offer's tiers.
 */
@Serdeable
public record PriceListView(
        long id,
        String shopSlug,
        String name,
        @Nullable OrganisationKind organisationKind,
        @Nullable Long organisationId,
        @Nullable String organisationName,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        List<ListPrice> prices) {}
