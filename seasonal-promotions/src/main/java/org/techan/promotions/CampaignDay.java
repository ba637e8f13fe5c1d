package org.techan.promotions;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.techan.orders.Funder;

/**
 * One day of a campaign's report: the orders placed with its discounts (those cancelled before
 * payment left out), their units and what buyers paid for those lines (GMV), and the discount, by
 * who funds it. Of these, the orders refunded in full after payment, with their GMV and discount
 * (no funder owes that discount: the sale was undone), and how many orders were refunded in part
 * (a part refund does not say which lines it was for, so no amount is taken off here).
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
