package org.techan.storefront.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.stream.Collectors;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;
import org.techan.orders.DeliveryAddress;
import org.techan.platform.DomainException;

/** An address as a courier's label shows it: province, city, county and the street, in Chinese. */
@Singleton
class AddressText {

    private final CatalogReads catalog;

    AddressText(CatalogReads catalog) {
        this.catalog = catalog;
    }

    /** The full address, or null when there is none (everything is collected at stores). */
    @Nullable
    String of(@Nullable DeliveryAddress address) {
        if (address == null || address.street() == null || address.street().isBlank()) {
            return null;
        }
        return region(address.regionCode()) + address.street();
    }

    private String region(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        RegionCode region;
        try {
            region = RegionCode.parse(code);
        } catch (DomainException malformed) {
            return code + " ";
        }
        // A division the marketplace has not loaded (or has retired): name what is known above it.
        for (Optional<RegionCode> known = Optional.of(region);
                known.isPresent();
                known = known.get().parent()) {
            try {
                return catalog.regionPath(known.get()).stream()
                        .map(RegionView::nameZh)
                        .distinct()
                        .collect(Collectors.joining(" ", "", " "));
            } catch (DomainException unknown) {
                // try the level above
            }
        }
        return code + " ";
    }
}
