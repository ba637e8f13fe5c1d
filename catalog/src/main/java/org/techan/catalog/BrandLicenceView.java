package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A shop's right to use a brand from {@code validFrom} to {@code validTo}, both days included. */
@Serdeable
public record BrandLicenceView(
        String brandSlug, String shopSlug, LocalDate validFrom, LocalDate validTo, boolean current) {}
