package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.Funder;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PlaceOrderCommand;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CampaignState;
import org.techan.promotions.CampaignView;
import org.techan.promotions.CreateCampaignCommand;
import org.techan.promotions.EnrolCommand;
import org.techan.promotions.EnrolmentView;
import org.techan.promotions.FestivalOffer;
import org.techan.promotions.PromotionsApi;

/**
 * The struck-through price is one shoppers really paid: the lowest the SKU sold at in the 7 days
 * before, so a campaign price not below it is refused at enrolment and again at approval (a price
 * raised meanwhile makes no fake discount), and the festival page strikes through that price.
 */
@MicronautTest(transactional = false)
@Property(name = "techan.promotions.live-prices-ttl", value = "0s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HonestWasPricesTest {

    private static final String VILLAGE = "350125102201";
    private static final DeliveryAddress HOME = new DeliveryAddress("王芳", "13800138000", "310101", "南京东路 100 号");

    @Inject
    PromotionsApi promotions;

    @Inject
    OrdersApi orders;

    @Inject
    CardPayments cards;

    @Inject
    TestMarketplace market;

    @Inject
    @Client("/")
    HttpClient http;

    private TestMarketplace.Shop shop;
    private long honey;
    private long honeyProduct;

    @BeforeAll
    void yongtaiHoney() {
        market.regions(VILLAGE, "福建省/Fujian", "福州市/Fuzhou", "永泰县/Yongtai", "嵩口镇/Songkou", "月洲村");
        shop = market.aShop("yongtai-honey-was")
                .named("永泰蜂蜜合作社")
                .inVillage(VILLAGE)
                .open();
        TestMarketplace.Product created =
                market.aProduct(shop, "永泰龙眼蜜").priced("50.00").withBatch(100).create();
        honey = created.skuId();
        honeyProduct = created.id();
        RunningFestivals.create(promotions, "honey-was-festival", "蜂蜜节", 2, 30);
    }

    @Test
    void aCampaignPriceMustBeBelowTheLowestPricePaidInTheLastSevenDays() {
        long flash = live(new BigDecimal("40.00"));
        assertThat(http.toBlocking().retrieve("/products/" + honeyProduct))
                .as("the product page shows the live campaign price beside the price struck through")
                .contains("活动价 ¥40.00", "<s>¥50.00</s>", "蜂蜜特惠");
        Actor buyer = market.aConsumer();
        OrderGroupView bought =
                orders.checkout(buyer, new PlaceOrderCommand("honey-1", List.of(new CartLine(honey, 1)), HOME));
        assertThat(bought.goodsTotal()).isEqualByComparingTo("40.00");
        cards.pay(buyer, bought.number(), "4242424242424242");
        promotions.moveCampaign(TestMarketplace.OPERATOR, flash, CampaignState.ENDED, null);
        assertThat(http.toBlocking().retrieve("/products/" + honeyProduct))
                .as("ended: the price again")
                .doesNotContain("活动价");

        CampaignView next = campaign();
        assertThatThrownBy(() -> promotions.enrol(
                        shop.staff(), next.id(), new EnrolCommand(honey, new BigDecimal("45.00"), null)))
                .as("45 is below today's 50 but not below the 40 paid this week")
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("enrolment.price.not-below-reference");
        EnrolmentView enrolled =
                promotions.enrol(shop.staff(), next.id(), new EnrolCommand(honey, new BigDecimal("39.00"), null));
        assertThat(enrolled.referencePrice()).isEqualByComparingTo("40.00");
        promotions.reviewEnrolment(TestMarketplace.OPERATOR, enrolled.id(), true, null);
        promotions.moveCampaign(TestMarketplace.OPERATOR, next.id(), CampaignState.REVIEW, null);
        promotions.moveCampaign(TestMarketplace.OPERATOR, next.id(), CampaignState.WARM_UP, null);

        FestivalOffer offer = promotions.festivalOffers("honey-was-festival", 48).stream()
                .filter(o -> o.campaignId() == next.id())
                .findFirst()
                .orElseThrow();
        assertThat(offer.wasPrice()).isEqualByComparingTo("40.00");
        assertThat(http.toBlocking().retrieve("/festivals/honey-was-festival"))
                .contains("<s>¥40.00</s>")
                .doesNotContain("<s>¥50.00</s>");
    }

    @Test
    void anApprovalChecksAgainstWhatSoldSinceTheEnrolment() {
        long sku = market.aProduct(shop, "永泰百花蜜")
                .priced("60.00")
                .withBatch(100)
                .create()
                .skuId();
        CampaignView later = campaign();
        EnrolmentView enrolled =
                promotions.enrol(shop.staff(), later.id(), new EnrolCommand(sku, new BigDecimal("55.00"), null));
        long flash = live(sku, new BigDecimal("50.00"));
        Actor buyer = market.aConsumer();
        OrderGroupView bought =
                orders.checkout(buyer, new PlaceOrderCommand("flowers-1", List.of(new CartLine(sku, 1)), HOME));
        cards.pay(buyer, bought.number(), "4242424242424242");
        promotions.moveCampaign(TestMarketplace.OPERATOR, flash, CampaignState.ENDED, null);

        assertThatThrownBy(() -> promotions.reviewEnrolment(TestMarketplace.OPERATOR, enrolled.id(), true, null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("enrolment.price.not-below-reference");
    }

    private long live(BigDecimal price) {
        return live(honey, price);
    }

    private long live(long sku, BigDecimal price) {
        CampaignView campaign = campaign();
        EnrolmentView enrolled = promotions.enrol(shop.staff(), campaign.id(), new EnrolCommand(sku, price, null));
        promotions.reviewEnrolment(TestMarketplace.OPERATOR, enrolled.id(), true, null);
        for (CampaignState state : List.of(CampaignState.REVIEW, CampaignState.WARM_UP, CampaignState.LIVE)) {
            promotions.moveCampaign(TestMarketplace.OPERATOR, campaign.id(), state, null);
        }
        return campaign.id();
    }

    /** A campaign open for enrolment. */
    private CampaignView campaign() {
        CampaignView campaign = promotions.createCampaign(
                TestMarketplace.OPERATOR,
                new CreateCampaignCommand(
                        "honey-was-festival",
                        "蜂蜜特惠",
                        null,
                        null,
                        null,
                        List.of(shop.slug()),
                        Funder.SHOP,
                        CampaignRule.priceCut(),
                        null,
                        null));
        promotions.moveCampaign(TestMarketplace.OPERATOR, campaign.id(), CampaignState.ENROLMENT, null);
        return campaign;
    }
}
