package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** How a checkout wants one shop's order fulfilled: delivered, or collected in a pickup slot. */
@Serdeable
public record ShopFulfilment(@Nullable String shopSlug, @Nullable Fulfilment fulfilment, @Nullable Long slotId) {}
