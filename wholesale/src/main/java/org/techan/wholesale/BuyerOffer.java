package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * A wholesale offer as one organisation's buyer sees it: the offer with its tiers and, when a price
 * list of the shop's applies to the organisation today, the list's price per pack, which overrides
 * the tiers, and the list's name.
 */
@Serdeable
public record BuyerOffer(OfferView offer, @Nullable BigDecimal listPrice, @Nullable String listName) {}
