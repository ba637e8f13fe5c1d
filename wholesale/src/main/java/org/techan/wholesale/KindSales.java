package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * What one kind of buyer organisation (canteens and budget units, supermarkets, restaurants,
 * distributors) bought in a period: how many verified organisations there are and how many of
 * them bought, their paid orders, the goods, what was refunded, and what stayed sold.
 */
@Serdeable
public record KindSales(
        OrganisationKind kind, int organisations, int buying, int orders, BigDecimal goods, BigDecimal refunded) {

    public BigDecimal net() {
        return goods.subtract(refunded);
    }
}
