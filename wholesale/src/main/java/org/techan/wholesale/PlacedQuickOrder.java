package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.techan.orders.OrderGroupView;

/**
 * What placing a quick order did: the checkout it made, or, above the organisation's threshold,
 * the requisition now waiting for an approver. Exactly one of them is there.
 */
@Serdeable
public record PlacedQuickOrder(@Nullable OrderGroupView order, @Nullable RequisitionView requisition) {}
