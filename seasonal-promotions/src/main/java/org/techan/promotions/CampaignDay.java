package org.techan.promotions;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.techan.orders.Funder;

/**
 * One day of a campaign's report: the orders placed with its discounts (those cancelled before
 * payment left out), their units and what buyers paid for those lines (GMV), and the discount, by
 * who funds it. Of these: the orders refunded in full after payment; the GMV that went back (all
 * of those orders', and what refunds naming a line (after-sales, weighing and grade differences)
 * gave back for the campaign's lines) with the discount's
 * share of it, which no funder owes; and the orders with a refund that names no line (an amount
 * on the whole order), counted because what it was for is not known.
 */
@Serdeable
public record CampaignDay(
        LocalDate day,
        Funder funder,
        int orders,
        int units,
        BigDecimal gmv,
        BigDecimal discount,
        int refundedOrders,
        BigDecimal refundedGmv,
        BigDecimal refundedDiscount,
        int partlyRefundedOrders) {}
