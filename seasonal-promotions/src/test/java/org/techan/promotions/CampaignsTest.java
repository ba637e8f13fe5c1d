package org.techan.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.Funder;
import org.techan.orders.OrderLineView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PlaceOrderCommand;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.testsupport.MovableClock;

/**
 * A campaign from plan to sale: moves only as its states allow, shops enrol their own SKUs within
 * its scope below their current price, operators review each, and checkout charges the campaign
 * price only while the campaign is live.
 */
@MicronautTest(transactional = false)
@Property(name = "spec.clock", value = "movable")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignsTest {

    private static final Actor OPERATOR = TestMarketplace.OPERATOR;
    private static final String VILLAGE = "350125102201";
    private static final DeliveryAddress HOME = new DeliveryAddress("王芳", "13800138000", "310101", "南京东路 100 号");

    @Inject
    PromotionsApi promotions;

    @Inject
    OrdersApi orders;

    @Inject
    TestMarketplace market;

    @Inject
    MovableClock clock;

    private TestMarketplace.Shop plumShop;
    private TestMarketplace.Shop teaShop;
    private long plums;
    private long tea;

    @BeforeAll
    void marketplace() {
        today(2026, 12, 1);
        market.regions(VILLAGE, "福建省/Fujian", "福州市/Fuzhou", "永泰县/Yongtai", "嵩口镇/Songkou", "月洲村");
        plumShop = market.aShop("songkou-ligan-promo")
                .named("嵩口李干合作社")
                .inVillage(VILLAGE)
                .open();
        teaShop = market.aShop("yongtai-tea-promo")
                .named("永泰绿茶合作社")
                .inVillage(VILLAGE)
                .open();
        plums = market.aProduct(plumShop, "永泰李干")
                .priced("38.00")
                .withBatch(100)
                .create()
                .skuId();
        tea = market.aProduct(teaShop, "永泰绿茶")
                .priced("29.00")
                .withBatch(100)
                .create()
                .skuId();
        promotions.createFestival(
                OPERATOR,
                new CreateFestivalCommand(
                        "winter-goods-test", "冬季好物节", null, null, null, FestivalDateRule.fixed(12, 10), 5, 5, null));
    }

    @Test
    void aCampaignMovesOnlyAsItsStatesAllowAndRecordsEveryMove() {
        CampaignView campaign = promotions.createCampaign(OPERATOR, campaign("冬季特惠", List.of()));

        assertThat(campaign.state()).isEqualTo(CampaignState.DRAFT);
        assertThat(campaign.startsOn()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(campaign.endsOn()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThatThrownBy(() -> promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.LIVE, null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(
                        () -> promotions.moveCampaign(plumShop.staff(), campaign.id(), CampaignState.ENROLMENT, null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.STOPPED, " "))
                .as("stopping needs a reason")
                .isInstanceOf(RuleViolationException.class);
        assertThat(promotions.campaign(campaign.id()).state()).isEqualTo(CampaignState.DRAFT);

        promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.ENROLMENT, null);
        CampaignView stopped = promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.STOPPED, "预算取消");

        assertThat(stopped.moves())
                .extracting(CampaignView.Move::to)
                .containsExactly(CampaignState.DRAFT, CampaignState.ENROLMENT, CampaignState.STOPPED);
        assertThat(stopped.moves().get(2).note()).isEqualTo("预算取消");
        assertThat(stopped.moves().get(2).role()).isEqualTo("OPERATOR");
        assertThatThrownBy(() -> promotions.createCampaign(
                        OPERATOR,
                        new CreateCampaignCommand(
                                "no-such-festival", "无", null, null, null, null, null, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> promotions.createCampaign(
                        OPERATOR,
                        new CreateCampaignCommand(
                                "winter-goods-test",
                                "无",
                                null,
                                List.of("no-such-pavilion"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void shopsEnrolTheirOwnSkusBelowTheirPriceAndOperatorsReviewEach() {
        CampaignView campaign = promotions.createCampaign(OPERATOR, campaign("李干直降", List.of("songkou-ligan-promo")));
        Actor staff = plumShop.staff();
        EnrolCommand cut = new EnrolCommand(plums, new BigDecimal("29.90"), 50);

        assertThatThrownBy(() -> promotions.enrol(staff, campaign.id(), cut))
                .as("not open for enrolment yet")
                .isInstanceOf(ConflictException.class);
        promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.ENROLMENT, null);
        assertThatThrownBy(() ->
                        promotions.enrol(staff, campaign.id(), new EnrolCommand(plums, new BigDecimal("38.00"), null)))
                .as("not below the current price")
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> promotions.enrol(staff, campaign.id(), new EnrolCommand(tea, BigDecimal.ONE, null)))
                .as("another shop's SKU")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        promotions.enrol(teaShop.staff(), campaign.id(), new EnrolCommand(tea, BigDecimal.ONE, null)))
                .as("a shop outside the campaign's scope")
                .isInstanceOf(RuleViolationException.class);
        EnrolmentView enrolled = promotions.enrol(staff, campaign.id(), cut);
        assertThat(enrolled.state()).isEqualTo(EnrolmentState.PENDING);
        assertThat(enrolled.listPrice()).isEqualByComparingTo("38.00");
        assertThat(enrolled.capUnits()).isEqualTo(50);
        assertThatThrownBy(() -> promotions.enrol(staff, campaign.id(), cut)).isInstanceOf(ConflictException.class);
        assertThat(promotions.enrolments(teaShop.staff(), campaign.id()))
                .as("another shop's view")
                .isEmpty();

        assertThatThrownBy(() -> promotions.reviewEnrolment(OPERATOR, enrolled.id(), false, null))
                .as("a refusal says why")
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> promotions.reviewEnrolment(staff, enrolled.id(), true, null))
                .isInstanceOf(NotAllowedException.class);
        EnrolmentView approved = promotions.reviewEnrolment(OPERATOR, enrolled.id(), true, null);
        assertThat(approved.state()).isEqualTo(EnrolmentState.APPROVED);
        assertThatThrownBy(() -> promotions.reviewEnrolment(OPERATOR, enrolled.id(), false, "迟了"))
                .isInstanceOf(ConflictException.class);
        assertThat(promotions.enrolments(staff, campaign.id()))
                .singleElement()
                .extracting(EnrolmentView::state)
                .isEqualTo(EnrolmentState.APPROVED);
    }

    @Test
    void checkoutChargesTheCampaignPriceOnlyWhileTheCampaignIsLiveAndOnItsDays() {
        CampaignView campaign = promotions.createCampaign(
                OPERATOR,
                new CreateCampaignCommand(
                        "winter-goods-test",
                        "绿茶节日价",
                        null,
                        null,
                        null,
                        List.of("yongtai-tea-promo"),
                        Funder.PLATFORM,
                        null,
                        null,
                        null));
        promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.ENROLMENT, null);
        EnrolmentView enrolled =
                promotions.enrol(teaShop.staff(), campaign.id(), new EnrolCommand(tea, new BigDecimal("19.90"), null));
        promotions.reviewEnrolment(OPERATOR, enrolled.id(), true, null);
        promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.REVIEW, null);
        promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.WARM_UP, null);

        assertThat(teaPrice("warm-up")).as("warm-up shows, does not sell").isEqualByComparingTo("29.00");
        promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.LIVE, null);
        assertThat(teaPrice("live-before-its-days")).isEqualByComparingTo("29.00");
        assertThat(teaOffer().onSale())
                .as("live, before its days: the coming price")
                .isFalse();
        today(2026, 12, 12);
        assertThat(teaPrice("live")).isEqualByComparingTo("19.90");
        assertThat(teaOffer().onSale()).isTrue();
        assertThat(teaOffer().campaignPrice()).isEqualByComparingTo("19.90");
        promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.PAUSED, "库存核对");
        assertThat(teaPrice("paused")).isEqualByComparingTo("29.00");
        promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.LIVE, null);
        today(2026, 12, 15);
        assertThat(teaPrice("after-its-days")).isEqualByComparingTo("29.00");
        today(2026, 12, 1);
    }

    private FestivalOffer teaOffer() {
        return promotions.festivalOffers("winter-goods-test", 48).stream()
                .filter(offer -> offer.skuId() == tea)
                .findFirst()
                .orElseThrow();
    }

    /** The unit price a checkout of one tea charges now, for a new buyer each time (no limit on unpaid orders bites). */
    private BigDecimal teaPrice(String key) {
        OrderLineView line = orders.checkout(
                        market.aConsumer(), new PlaceOrderCommand(key, List.of(new CartLine(tea, 1)), HOME))
                .orders()
                .get(0)
                .lines()
                .get(0);
        assertThat(line.lineTotal()).isEqualByComparingTo(line.unitPrice());
        return line.unitPrice();
    }

    private static CreateCampaignCommand campaign(String name, List<String> shops) {
        return new CreateCampaignCommand("winter-goods-test", name, null, null, null, shops, null, null, null, null);
    }

    private void today(int year, int month, int day) {
        clock.set(LocalDate.of(year, month, day).atTime(4, 0).toInstant(ZoneOffset.UTC));
    }
}
