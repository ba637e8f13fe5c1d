package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a buyer's page shows beside products: their wholesale offers as the buyer's organisation
 * pays for them, and the producing bases of the shops named.
 */
@Serdeable
public record CatalogueOffers(List<BuyerOffer> offers, List<ProducingBaseView> bases) {

    public CatalogueOffers {
        offers = List.copyOf(offers);
        bases = List.copyOf(bases);
    }
}
