package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.Funder;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderLineView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PlaceOrderCommand;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.MarketCalendar;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CampaignState;
import org.techan.promotions.CampaignView;
import org.techan.promotions.CreateCampaignCommand;
import org.techan.promotions.EnrolCommand;
import org.techan.promotions.EnrolmentView;
import org.techan.promotions.PromotionsApi;
import org.techan.wholesale.OfferCommand;
import org.techan.wholesale.OrganisationKind;
import org.techan.wholesale.PackKind;
import org.techan.wholesale.PlaceQuickOrderCommand;
import org.techan.wholesale.PriceTier;
import org.techan.wholesale.QuickOrderDraft;
import org.techan.wholesale.WholesaleApi;

/**
 * Consumer campaigns do not reach wholesale prices unless a campaign says so: a consumers' flash
 * price leaves a canteen's tier price alone, a campaign open to business buyers (批发采购也适用)
 * prices the canteen's draft and its order alike, the discount recorded on the order line.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholesaleCampaignsTest {

    private static final String VILLAGE = "371082100201";
    private static final String FESTIVAL = "rongcheng-kelp-festival";
    private static final DeliveryAddress HOME = new DeliveryAddress("王芳", "13800138000", "310101", "南京东路 100 号");

    @Inject
    PromotionsApi promotions;

    @Inject
    WholesaleApi wholesale;

    @Inject
    OrdersApi orders;

    @Inject
    Accounts accounts;

    @Inject
    TestMarketplace market;

    private TestMarketplace.Shop shop;
    private long kelp;
    private Actor canteen;

    @BeforeAll
    void rongchengKelp() {
        market.regions(VILLAGE, "山东省/Shandong", "威海市/Weihai", "荣成市/Rongcheng", "俚岛镇", "烟墩角村");
        shop = market.aShop("rongcheng-kelp-bulk")
                .named("荣成海带合作社")
                .inVillage(VILLAGE)
                .open();
        kelp = market.aProduct(shop, "荣成干海带 5 斤袋")
                .priced("50.00")
                .withBatch(1000)
                .create()
                .skuId();
        wholesale.saveOffer(
                shop.staff(),
                new OfferCommand(
                        kelp,
                        PackKind.BAG,
                        2500,
                        10,
                        10,
                        null,
                        List.of(new PriceTier(10, new BigDecimal("40.00"))),
                        null,
                        null,
                        null,
                        null));
        canteen = WholesaleFixtures.verifiedBuyer(
                wholesale,
                accounts,
                "荣成市第一中学食堂",
                OrganisationKind.CANTEEN,
                "371082",
                "成山大道 1 号",
                "138" + String.format("%08d", System.currentTimeMillis() % 100_000_000L),
                "kelp-canteen-2026");
        RunningFestivals.create(promotions, FESTIVAL, "海带节", 2, 30);
    }

    @Test
    void aConsumersCampaignLeavesTheTierPriceAloneAndOneOpenToBusinessBuyersPricesDraftAndOrder() {
        long consumersOnly = live("海带闪购", new BigDecimal("38.00"), false);
        Actor shopper = market.aConsumer();
        OrderGroupView bought =
                orders.checkout(shopper, new PlaceOrderCommand("kelp-1", List.of(new CartLine(kelp, 1)), HOME));
        assertThat(bought.goodsTotal()).as("consumers get the flash price").isEqualByComparingTo("38.00");
        QuickOrderDraft untouched = wholesale.checkQuickOrder(canteen, bytes(kelp + ",10"));
        assertThat(untouched.goods())
                .as("a consumers' campaign does not reach the tier price")
                .isEqualByComparingTo("400.00");
        assertThat(promotions.campaign(consumersOnly).businessBuyers()).isFalse();
        promotions.moveCampaign(TestMarketplace.OPERATOR, consumersOnly, CampaignState.ENDED, null);

        long forBusiness = live("海带节 批发也优惠", new BigDecimal("36.00"), true);
        assertThat(promotions.campaign(forBusiness).businessBuyers()).isTrue();
        QuickOrderDraft draft = wholesale.checkQuickOrder(canteen, bytes(kelp + ",10"));
        assertThat(draft.goods()).as("the campaign says business buyers too").isEqualByComparingTo("360.00");

        OrderGroupView placed = wholesale
                .placeQuickOrder(
                        canteen,
                        new PlaceQuickOrderCommand(
                                UUID.randomUUID().toString(),
                                kelp + ",10",
                                "RC-2026-01",
                                MarketCalendar.today(java.time.Clock.systemUTC())
                                        .plusDays(3),
                                "食堂老张",
                                "13800004444",
                                draft.goods(),
                                null,
                                false,
                                null))
                .order();
        OrderLineView line = placed.orders().get(0).lines().get(0);
        assertThat(line.unitPrice()).isEqualByComparingTo("36.00");
        assertThat(placed.goodsTotal()).isEqualByComparingTo("360.00");
        assertThat(line.adjustments())
                .as("the discount is the campaign's, taken off the tier price")
                .singleElement()
                .satisfies(adjustment -> {
                    assertThat(adjustment.amount()).isEqualByComparingTo("40.00");
                    assertThat(adjustment.terms().source()).isEqualTo("campaign:" + forBusiness);
                });
    }

    private long live(String name, BigDecimal price, boolean businessBuyers) {
        CampaignView campaign = promotions.createCampaign(
                TestMarketplace.OPERATOR,
                new CreateCampaignCommand(
                        FESTIVAL,
                        name,
                        null,
                        null,
                        null,
                        List.of(shop.slug()),
                        Funder.SHOP,
                        CampaignRule.priceCut(),
                        null,
                        null,
                        null,
                        businessBuyers));
        promotions.moveCampaign(TestMarketplace.OPERATOR, campaign.id(), CampaignState.ENROLMENT, null);
        EnrolmentView enrolled = promotions.enrol(shop.staff(), campaign.id(), new EnrolCommand(kelp, price, null));
        promotions.reviewEnrolment(TestMarketplace.OPERATOR, enrolled.id(), true, null);
        for (CampaignState state : List.of(CampaignState.REVIEW, CampaignState.WARM_UP, CampaignState.LIVE)) {
            promotions.moveCampaign(TestMarketplace.OPERATOR, campaign.id(), state, null);
        }
        return campaign.id();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
