package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderView;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.DomainException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.Grade;
import org.techan.wholesale.GradeChangeState;
import org.techan.wholesale.GradeChangeView;
import org.techan.wholesale.LineWeight;
import org.techan.wholesale.LowerGrade;
import org.techan.wholesale.OfferCommand;
import org.techan.wholesale.OrganisationKind;
import org.techan.wholesale.PackKind;
import org.techan.wholesale.PlaceQuickOrderCommand;
import org.techan.wholesale.PriceTier;
import org.techan.wholesale.WholesaleApi;

/**
 * 等级不符: a shop packs a line of a bulk order in a lower grade and asks a lower price for it; the
 * buyer takes it (the difference is refunded, once) or refuses it (the line is refunded whole).
 * A line is settled once, by weight or by grade; nobody outside the shop declares, nobody outside
 * the organisation answers, and bad input changes nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradeSettlementTest {

    private static final String VILLAGE = "370686101201";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    WholesaleApi wholesale;

    @Inject
    Accounts accounts;

    @Inject
    TestMarketplace market;

    @Inject
    CardPayments cards;

    @Inject
    org.techan.orders.OrdersApi orders;

    @Inject
    TransactionOperations<Connection> transactions;

    private final long run = System.currentTimeMillis() % 10_000_000L;
    private TestMarketplace.Shop shop;
    private TestMarketplace.Shop other;
    private long special;
    private long ungraded;
    private Actor buyer;
    private String buyerLogin;
    private Actor stranger;
    private String staffLogin;

    @BeforeAll
    void anOrchardGradingItsApples() {
        market.regions(VILLAGE, "山东省/Shandong", "烟台市/Yantai", "栖霞市/Qixia", "翠屏街道", "分级村");
        staffLogin = "grading.staff." + run;
        shop = market.aShop("grading-apples-" + run)
                .named("长水分级果园")
                .inVillage(VILLAGE)
                .staff(staffLogin, "grading-staff-2026")
                .open();
        other = market.aShop("grading-other-" + run)
                .named("别家果园")
                .inVillage(VILLAGE)
                .open();
        special = market.aProduct(shop, "长水苹果 特级 箱")
                .priced("80.00")
                .withBatch(500)
                .create()
                .skuId();
        ungraded = market.aProduct(shop, "长水苹果干 箱")
                .priced("60.00")
                .withBatch(500)
                .create()
                .skuId();
        wholesale.saveOffer(shop.staff(), offer(special, Grade.SPECIAL, new BigDecimal("2")));
        wholesale.saveOffer(shop.staff(), offer(ungraded, null, null));
        buyerLogin = "135" + String.format("%08d", (run * 47 + 1) % 100_000_000L);
        buyer = verified(1, buyerLogin);
        stranger = verified(2, "135" + String.format("%08d", (run * 47 + 2) % 100_000_000L));
    }

    /** The shop relabels its offer 一级 after selling 特级: the order still says 特级 was bought. */
    @Test
    void theGradeOrderedIsTheGradeItWasSoldAs() {
        OrderView order = paidOrder(special + ",10\n");
        wholesale.saveOffer(shop.staff(), offer(special, Grade.FIRST, new BigDecimal("2")));
        try {
            GradeChangeView declared =
                    wholesale.declareLowerGrade(shop.staff(), order.number(), lower(special, Grade.FIRST, "60.00"));

            assertThat(declared.orderedGrade()).isEqualTo(Grade.SPECIAL);
            assertThat(declared.packedGrade()).isEqualTo(Grade.FIRST);
        } finally {
            wholesale.saveOffer(shop.staff(), offer(special, Grade.SPECIAL, new BigDecimal("2")));
        }
    }

    @Test
    void aLowerGradeTakenIsRefundedItsDifferenceOnce() {
        OrderView order = paidOrder(special + ",10\n");
        GradeChangeView declared =
                wholesale.declareLowerGrade(shop.staff(), order.number(), lower(special, Grade.FIRST, "60.00"));
        assertThat(declared.state()).isEqualTo(GradeChangeState.WAITING);
        assertThat(declared.lineTotal()).isEqualByComparingTo("700.00");
        assertThat(declared.offeredTotal()).isEqualByComparingTo("600.00");
        assertThat(refunded(order.number()))
                .as("nothing before the buyer answers")
                .isEqualByComparingTo("0");
        assertThat(orders.notices(buyer, 20))
                .as("the buyer is asked, in the notices (and by e-mail where the login is an address)")
                .anySatisfy(notice -> {
                    assertThat(notice.kind()).isEqualTo(org.techan.orders.NoticeKind.GRADE_LOWER);
                    assertThat(notice.orderNumber()).isEqualTo(order.number());
                });

        assertThatThrownBy(() -> wholesale.answerGradeChange(stranger, order.number(), special, true))
                .isInstanceOf(NotFoundException.class);
        assertThat(wholesale
                        .answerGradeChange(buyer, order.number(), special, true)
                        .state())
                .isEqualTo(GradeChangeState.ACCEPTED);
        assertThatThrownBy(() -> wholesale.answerGradeChange(buyer, order.number(), special, false))
                .isInstanceOf(ConflictException.class);
        assertThat(refunded(order.number())).isEqualByComparingTo("100.00");
        assertThat(refunds(order.number())).isEqualTo(1);
    }

    @Test
    void aLowerGradeRefusedIsRefundedWholeAndALineIsSettledOnce() {
        OrderView order = paidOrder(special + ",10\n" + ungraded + ",10\n");
        assertThat(key(() ->
                        wholesale.declareLowerGrade(shop.staff(), order.number(), lower(special, Grade.SPECIAL, "60"))))
                .isEqualTo("wholesale.grade.not-lower");
        assertThat(key(() -> wholesale.declareLowerGrade(
                        shop.staff(), order.number(), lower(special, Grade.SECOND, "70.00"))))
                .as("not below what was paid")
                .isEqualTo("wholesale.grade.price");
        assertThat(key(() ->
                        wholesale.declareLowerGrade(shop.staff(), order.number(), lower(special, Grade.SECOND, "-1"))))
                .isEqualTo("wholesale.grade.price");
        assertThat(key(() ->
                        wholesale.declareLowerGrade(shop.staff(), order.number(), lower(ungraded, Grade.FIRST, "10"))))
                .isEqualTo("wholesale.grade.ungraded");
        assertThatThrownBy(() ->
                        wholesale.declareLowerGrade(other.staff(), order.number(), lower(special, Grade.FIRST, "60")))
                .isInstanceOf(NotFoundException.class);
        assertThat(wholesale.shopGradeChanges(shop.staff(), order.number()))
                .as("nothing was kept")
                .isEmpty();

        wholesale.declareLowerGrade(shop.staff(), order.number(), lower(special, Grade.SECOND, "40.00"));
        assertThat(key(() ->
                        wholesale.declareLowerGrade(shop.staff(), order.number(), lower(special, Grade.FIRST, "60"))))
                .isEqualTo("wholesale.grade.declared");
        assertThat(key(() ->
                        wholesale.weighOrder(shop.staff(), order.number(), List.of(new LineWeight(special, 49_000)))))
                .as("graded, so not weighed as well")
                .isEqualTo("wholesale.settlement.settled");
        wholesale.answerGradeChange(buyer, order.number(), special, false);
        assertThat(refunded(order.number())).isEqualByComparingTo("700.00");

        OrderView weighed = paidOrder(special + ",10\n");
        wholesale.weighOrder(shop.staff(), weighed.number(), List.of(new LineWeight(special, 49_500)));
        assertThat(key(() ->
                        wholesale.declareLowerGrade(shop.staff(), weighed.number(), lower(special, Grade.FIRST, "60"))))
                .as("weighed, so not graded as well")
                .isEqualTo("wholesale.settlement.settled");
    }

    @Test
    void theShopDeclaresOnItsPageAndTheBuyerAnswersOnTheOrderPage() {
        OrderView order = paidOrder(special + ",10\n");
        FormClient staff = FormClient.signIn(http, staffLogin, "grading-staff-2026");
        String sheet = "/coop/wholesale/orders/" + order.number() + "/weighing";
        assertThat(staff.get(sheet).body()).contains("grade-form-" + special, "订购等级 特级");
        var refused = staff.post(
                sheet.replace("weighing", "grade"),
                List.of(Map.entry("sku", "" + special), Map.entry("grade", "FIRST"), Map.entry("unitPrice", "90")));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("合计须低于买家已付的 ¥700.00");
        assertThat(staff.post(
                                sheet.replace("weighing", "grade"),
                                List.of(
                                        Map.entry("sku", "" + special),
                                        Map.entry("grade", "FIRST"),
                                        Map.entry("unitPrice", "65.50")))
                        .code())
                .isEqualTo(303);
        assertThat(staff.get(sheet).body())
                .contains("graded-" + special, "等待买家答复")
                .doesNotContain("grade-form-" + special);

        FormClient member = FormClient.signIn(http, buyerLogin, "grading-buyer-26");
        String page = member.get("/orders/" + order.groupNumber()).body();
        assertThat(page).contains("grade-change-" + order.number() + "-" + special, "退差价 ¥45.00", "整行退款 ¥700.00");
        assertThat(member.post(
                                "/wholesale/grade-changes/" + order.number() + "/" + special,
                                List.of(Map.entry("decision", "accept")))
                        .code())
                .isEqualTo(303);
        assertThat(refunded(order.number())).isEqualByComparingTo("45.00");
        assertThat(member.get("/orders/" + order.groupNumber()).body()).contains("已按较低等级收货");
    }

    private static String key(Runnable call) {
        try {
            call.run();
        } catch (RuleViolationException | ConflictException refused) {
            return ((DomainException) refused).messageKey();
        }
        throw new AssertionError("not refused");
    }

    private static LowerGrade lower(long sku, Grade grade, String price) {
        return new LowerGrade(sku, grade, new BigDecimal(price));
    }

    private OrderView paidOrder(String lines) {
        OrderGroupView group = wholesale
                .placeQuickOrder(
                        buyer,
                        new PlaceQuickOrderCommand(
                                UUID.randomUUID().toString(),
                                lines,
                                "PO-G-" + run,
                                MarketCalendar.today(java.time.Clock.systemUTC())
                                        .plusDays(2),
                                "钱师傅",
                                "13700004444",
                                null,
                                null,
                                false,
                                null))
                .order();
        return cards.pay(buyer, group.number(), "4242424242424242").orders().get(0);
    }

    private BigDecimal refunded(String orderNumber) {
        return WholesaleFixtures.refunded(transactions, orderNumber);
    }

    private long refunds(String orderNumber) {
        return WholesaleFixtures.refunds(transactions, orderNumber);
    }

    private static OfferCommand offer(long sku, Grade grade, BigDecimal tolerance) {
        return new OfferCommand(
                sku,
                PackKind.BOX,
                5000,
                10,
                10,
                null,
                List.of(new PriceTier(10, new BigDecimal("70.00"))),
                grade,
                grade == null ? null : "GB/T 10651-2008",
                tolerance,
                null);
    }

    private Actor verified(int n, String login) {
        return WholesaleFixtures.verifiedBuyer(
                wholesale,
                accounts,
                "分级买家" + n,
                OrganisationKind.SUPERMARKET,
                "370686",
                "分级路 " + n + " 号",
                login,
                "grading-buyer-26");
    }
}
