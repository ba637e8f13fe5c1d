package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;

/** One of an organisation's delivery locations, which a quick order chooses from. */
@Serdeable
public record DeliveryLocationView(long id, String label, String regionCode, String street) {}
