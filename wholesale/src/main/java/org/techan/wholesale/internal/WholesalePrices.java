package org.techan.wholesale.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.techan.orders.DiscountTerms;
import org.techan.orders.Funder;
import org.techan.orders.PriceOffer;
import org.techan.orders.PricingContext;
import org.techan.orders.PricingStage;
import org.techan.orders.PricingStep;
import org.techan.platform.Role;
import org.techan.wholesale.OfferView;

/**
 * The pricing pipeline's base stage for wholesale: a member of a verified organisation buying at
 * least an offer's minimum pays its tier's price per pack, or the price of a shop's price list for
 * the organisation (or its kind) valid today, which overrides the tiers. Consumer promotions (campaign prices,
 * 满减, coupons, free delivery) do not apply on top; anyone else, or a quantity below the minimum,
 * pays the list price. Consumers cost no statement here.
 */
@Singleton
class WholesalePrices implements PricingStep {

    /** What a wholesale price closes to consumer promotions. */
    private static final java.util.Set<PricingStage> NOT_COMBINED = EnumSet.of(
            PricingStage.ITEM_PRICE,
            PricingStage.SHOP_THRESHOLD,
            PricingStage.PLATFORM_THRESHOLD,
            PricingStage.COUPON,
            PricingStage.DELIVERY);

    private final Organisations organisations;
    private final Offers offers;

    private final PriceLists priceLists;

    WholesalePrices(Organisations organisations, Offers offers, PriceLists priceLists) {
        this.priceLists = priceLists;
        this.organisations = organisations;
        this.offers = offers;
    }

    @Override
    public PricingStage stage() {
        return PricingStage.BASE_PRICE;
    }

    @Override
    public List<PriceOffer> offers(PricingContext context) {
        var buyer = context.request().buyer();
        if (context.lines().isEmpty() || buyer == null || buyer.role() != Role.WHOLESALE_BUYER) {
            return List.of();
        }
        var buying = organisations.buying(buyer);
        if (buying.isEmpty()) {
            return List.of();
        }
        List<Long> skus =
                context.lines().stream().map(line -> line.item().skuId()).toList();
        Map<Long, OfferView> offered =
                offers.of(skus).stream().collect(Collectors.toMap(OfferView::skuId, Function.identity()));
        Map<Long, PriceLists.Applied> listed =
                priceLists.pricesFor(buying.get().organisationId(), buying.get().kind(), offered.keySet());
        List<PriceOffer> prices = new ArrayList<>();
        for (PricingContext.Line line : context.lines()) {
            OfferView offer = offered.get(line.item().skuId());
            BigDecimal tier =
                    offer == null ? null : offer.unitPriceFor(line.item().quantity());
            if (tier == null) {
                continue;
            }
            PriceLists.Applied list = listed.get(offer.skuId());
            prices.add(
                    list == null
                            ? new PriceOffer.LinePrice(
                                    offer.skuId(), tier, terms("批发价", "wholesale:offer:" + offer.skuId()))
                            : new PriceOffer.LinePrice(
                                    offer.skuId(),
                                    list.unitPrice(),
                                    terms("协议价 " + list.listName(), "wholesale:price-list:" + list.listId())));
        }
        return prices;
    }

    private static DiscountTerms terms(String label, String source) {
        return new DiscountTerms(label, source, Funder.SHOP, NOT_COMBINED);
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
