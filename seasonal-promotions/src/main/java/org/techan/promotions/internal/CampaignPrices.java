package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.techan.orders.PriceOffer;
import org.techan.orders.PricingContext;
import org.techan.orders.PricingStage;
import org.techan.orders.PricingStep;
import org.techan.promotions.CampaignRuleKind;

/**
 * The pricing pipeline's item stage for campaigns: an approved SKU of a live campaign sells at its
 * 直降 price, or at the 折扣 share of its current price, from the first to the last day of the
 * festival edition the campaign runs on (a paused campaign offers nothing). A line whose units
 * exceed what is left of the SKU's cap, or whose saving exceeds what is left of the budget, is
 * offered nothing by that campaign. The pipeline keeps the lowest price a line is offered.
 */
@Singleton
class CampaignPrices implements PricingStep {

    private final LiveCampaigns live;

    CampaignPrices(LiveCampaigns live) {
        this.live = live;
    }

    @Override
    public PricingStage stage() {
        return PricingStage.ITEM_PRICE;
    }

    @Override
    public List<PriceOffer> offers(PricingContext context) {
        if (context.lines().isEmpty()) {
            return List.of();
        }
        List<PriceOffer> offers = new ArrayList<>();
        for (LiveCampaigns.Live campaign : live.ofStage(PricingStage.ITEM_PRICE)) {
            for (PricingContext.Line line : campaign.reached(context).lines()) {
                LiveCampaigns.Enrolled sku = campaign.skus().get(line.item().skuId());
                if (sku == null || !sku.allows(line.item().quantity())) {
                    continue;
                }
                BigDecimal price = campaign.rule().kind() == CampaignRuleKind.PRICE_CUT
                        ? sku.price()
                        : Rules.percentPrice(campaign.rule(), line.unitPrice());
                BigDecimal saving = line.unitPrice()
                        .subtract(price)
                        .multiply(BigDecimal.valueOf(line.item().quantity()));
                if (saving.signum() > 0 && campaign.affords(saving)) {
                    offers.add(new PriceOffer.LinePrice(line.item().skuId(), price, campaign.terms()));
                }
            }
        }
        return offers;
    }

    /** Sees wholesale lines, and offers them only a campaign's price open to business buyers. */
    @Override
    public boolean pricesBusinessLines() {
        return true;
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
