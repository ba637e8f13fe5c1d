package org.techan.orders;

/**
 * Every price decision of a checkout goes through here: list prices by default; promotions and
 * wholesale price lists replace this bean with their own, which may call the one they replace.
 */
public interface PricingPort {

    PriceQuote quote(PricingRequest request);
}
