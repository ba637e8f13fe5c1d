package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Where a home delivery goes: a recipient, a mobile number, a region (division code) and the street address. */
@Serdeable
public record DeliveryAddress(
        @Nullable String recipient, @Nullable String phone, @Nullable String regionCode, @Nullable String street) {}
