package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import org.techan.orders.OrderGroupView;

/** One of an organisation's orders as its members see it: who placed it, and whether it was them. */
@Serdeable
public record OrganisationOrder(OrderGroupView group, String placedBy, boolean mine) {}
