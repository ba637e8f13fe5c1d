package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A day on which a store can still take orders for collection, with the room it has left. */
@Serdeable
public record PickupSlotView(long id, StoreView store, LocalDate day, int left) {}
