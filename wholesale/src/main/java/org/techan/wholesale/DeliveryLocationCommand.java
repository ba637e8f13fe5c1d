package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A delivery location an admin adds: what the organisation calls it (一中食堂后厨), the national
 * division it lies in (a county or a township, by code) and the street address there.
 */
@Serdeable
public record DeliveryLocationCommand(@Nullable String label, @Nullable String regionCode, @Nullable String street) {}
