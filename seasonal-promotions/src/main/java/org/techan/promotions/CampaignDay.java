package org.techan.promotions;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.techan.orders.Funder;

/**
 * One day of a campaign's report: the orders placed with its discounts (those cancelled before
 * payment left out), their units and what buyers paid for those lines (GMV), and the discount, by
 * who funds it.
 */
@Serdeable
public record CampaignDay(LocalDate day, Funder funder, int orders, int units, BigDecimal gmv, BigDecimal discount) {}
