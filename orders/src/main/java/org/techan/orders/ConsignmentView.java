package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * One shop's parcel for a store and collection day: the orders in it. {@code shipped} says it is
 * on its way (or at the door) to be received; otherwise the shop is still preparing it.
 */
@Serdeable
public record ConsignmentView(
        String shopSlug, String shopNameZh, LocalDate day, List<String> orderNumbers, boolean shipped) {}
