package org.techan.orders.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.techan.orders.PriceQuote;
import org.techan.orders.PricingPort;
import org.techan.orders.PricingRequest;

/** Everything at its list price: what a checkout pays until promotions or price lists replace this bean. */
@Singleton
class ListPricing implements PricingPort {

    @Override
    public PriceQuote quote(PricingRequest request) {
        Map<Long, BigDecimal> prices = new LinkedHashMap<>();
        for (PricingRequest.Item item : request.items()) {
            prices.put(item.skuId(), item.listPrice());
        }
        return new PriceQuote(prices);
    }
}
