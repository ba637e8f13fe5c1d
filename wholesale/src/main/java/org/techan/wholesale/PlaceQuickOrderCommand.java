package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Places a checked quick order: the file's text again (it is checked anew, against today's stock
 * and prices), the buyer's purchase-order number and delivery day, who receives the goods at the
 * organisation's delivery address, and the goods total the buyer saw, so a price that changed
 * meanwhile is not paid unseen; {@code collect} when the organisation collects every shop's part
 * at its producing base instead (基地自提, no freight). The request key, chosen once with the draft, makes a repeated
 * request answer the first order. {@code deliverTo} is one of the organisation's delivery
 * locations, by id; none means its first.
 */
@Serdeable
public record PlaceQuickOrderCommand(
        @Nullable String requestKey,
        @Nullable String text,
        @Nullable String purchaseOrder,
        @Nullable LocalDate deliverOn,
        @Nullable String recipient,
        @Nullable String phone,
        @Nullable BigDecimal expectedGoods,
        @Nullable String remarks,
        boolean collect,
        @Nullable Long deliverTo) {}
