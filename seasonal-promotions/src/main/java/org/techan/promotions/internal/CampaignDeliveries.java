package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.techan.orders.PriceOffer;
import org.techan.orders.PricingContext;
import org.techan.orders.PricingStage;
import org.techan.orders.PricingStep;

/**
 * 包邮 of live campaigns: a shop's delivery charge comes off once its lines enrolled in the
 * campaign reach the campaign's amount (after every discount before delivery), if the budget
 * still covers the charge.
 */
@Singleton
class CampaignDeliveries implements PricingStep {

    private final LiveCampaigns live;

    CampaignDeliveries(LiveCampaigns live) {
        this.live = live;
    }

    @Override
    public PricingStage stage() {
        return PricingStage.DELIVERY;
    }

    /** Sees wholesale lines, and waives their freight only for a campaign open to business buyers. */
    @Override
    public boolean pricesBusinessLines() {
        return true;
    }

    @Override
    public List<PriceOffer> offers(PricingContext context) {
        List<PriceOffer> offers = new ArrayList<>();
        if (context.lines().isEmpty()) {
            return offers;
        }
        for (LiveCampaigns.Live campaign : live.ofStage(PricingStage.DELIVERY)) {
            for (Map.Entry<String, BigDecimal> shipping : context.shipping().entrySet()) {
                List<PricingContext.Line> enrolled = campaign.reached(context).linesOf(shipping.getKey()).stream()
                        .filter(line -> campaign.skus().containsKey(line.item().skuId()))
                        .toList();
                BigDecimal reached = PricingContext.amountOf(enrolled);
                BigDecimal charge = shipping.getValue();
                if (!enrolled.isEmpty()
                        && charge.signum() > 0
                        && reached.compareTo(campaign.rule().deliveryFrom()) >= 0
                        && campaign.affords(charge)) {
                    offers.add(new PriceOffer.DeliveryDiscount(shipping.getKey(), charge, campaign.terms()));
                }
            }
        }
        return offers;
    }
}
