package org.techan.wholesale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.SkuOnSale;
import org.techan.catalog.StockPort;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.NoticeKind;
import org.techan.orders.NoticeView;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrdersApi;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SignUpCommand;

/**
 * Above its organisation's threshold a quick order waits as a requisition, holding nothing, until
 * another approver of the same organisation approves it (its buyer places it then, at the price
 * approved) or refuses it with a reason. An answer is given once; nobody outside the organisation
 * sees or answers it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderApprovalTest {

    private static final String VILLAGE = "410328100202";

    @Inject
    WholesaleApi wholesale;

    @Inject
    OrdersApi orders;

    @Inject
    StockPort stock;

    @Inject
    Accounts accounts;

    @Inject
    TestMarketplace market;

    private final long run = System.currentTimeMillis() % 10_000_000L;
    private TestMarketplace.Shop base;
    private long walnuts;
    private Actor admin;
    private Actor buyer;
    private Actor approver;
    private Actor otherApprover;

    @BeforeAll
    void aCanteenWithAThreshold() {
        market.regions(VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "洛宁县/Luoning", "城郊乡", "果园村");
        base = market.aShop("approval-walnuts-" + run)
                .named("洛宁核桃基地")
                .inVillage(VILLAGE)
                .open();
        walnuts = market.aProduct(base, "核桃 5 斤袋")
                .priced("60.00")
                .withBatch(1000)
                .create()
                .skuId();
        wholesale.saveOffer(base.staff(), offer("50.00"));
        admin = verifiedAdmin(1);
        buyer = member(admin, 2, Set.of(MemberRole.BUYER));
        approver = member(admin, 3, Set.of(MemberRole.APPROVER));
        otherApprover = verifiedAdmin(4);

        assertThatThrownBy(() -> wholesale.setApprovalThreshold(buyer, new BigDecimal("1000")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> wholesale.setApprovalThreshold(admin, new BigDecimal("-1")))
                .isInstanceOf(RuleViolationException.class);
        assertThat(wholesale
                        .setApprovalThreshold(admin, new BigDecimal("1000.00"))
                        .approvalThreshold())
                .isEqualByComparingTo("1000.00");
    }

    @Test
    void atOrBelowTheThresholdAnOrderIsPlacedAtOnce() {
        PlacedQuickOrder placed = wholesale.placeQuickOrder(buyer, place(20, "1000.00"));

        assertThat(placed.requisition()).isNull();
        assertThat(placed.order().goodsTotal()).isEqualByComparingTo("1000.00");
    }

    @Test
    void aboveItTheOrderWaitsHoldingNothingUntilAnotherApproverApprovesItOnce() {
        int before = available();
        PlaceQuickOrderCommand command = place(30, "1500.00");

        RequisitionView sent = wholesale.placeQuickOrder(buyer, command).requisition();

        assertThat(sent.state()).isEqualTo(RequisitionState.WAITING);
        assertThat(sent.goods()).isEqualByComparingTo("1500.00");
        assertThat(noticesOf(approver, sent))
                .as("the approver is told, once, where to answer it")
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NoticeKind.REQUISITION_WAITING);
                    assertThat(n.details()).containsExactly(command.purchaseOrder(), "食堂采购员2号", "1500.00");
                    assertThat(n.path()).isEqualTo("/wholesale/orders#requisition-" + sent.id());
                });
        assertThat(noticesOf(buyer, sent))
                .as("the buyer sent it, and is not asked")
                .isEmpty();
        assertThat(noticesOf(otherApprover, sent)).as("another organisation").isEmpty();
        assertThat(available()).as("nothing held while it waits").isEqualTo(before);
        assertThat(orders.orderGroupByKey(buyer, command.requestKey())).isEmpty();
        assertThat(wholesale.placeQuickOrder(buyer, command).requisition().id())
                .as("sent twice: one requisition")
                .isEqualTo(sent.id());
        assertThatThrownBy(() -> wholesale.placeApprovedRequisition(buyer, sent.id()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> wholesale.decideRequisition(buyer, sent.id(), true, null))
                .as("a buyer who does not approve")
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> wholesale.decideRequisition(otherApprover, sent.id(), true, null))
                .as("another organisation's approver")
                .isInstanceOf(NotFoundException.class);
        assertThat(wholesale.requisitions(otherApprover)).noneMatch(r -> r.id() == sent.id());

        RequisitionView approved = wholesale.decideRequisition(approver, sent.id(), true, null);
        assertThat(approved.state()).isEqualTo(RequisitionState.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("食堂审批人3号");
        assertThatThrownBy(() -> wholesale.decideRequisition(approver, sent.id(), false, "重复"))
                .isInstanceOf(ConflictException.class);
        assertThat(noticesOf(buyer, sent))
                .as("the buyer is told of the answer once, the refused second answer tells nothing")
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NoticeKind.REQUISITION_APPROVED);
                    assertThat(n.details()).containsExactly(command.purchaseOrder(), "食堂审批人3号");
                });
        assertThatThrownBy(() -> wholesale.placeApprovedRequisition(approver, sent.id()))
                .as("only its buyer places it")
                .isInstanceOf(NotAllowedException.class);

        OrderGroupView placed = wholesale.placeApprovedRequisition(buyer, sent.id());
        assertThat(placed.goodsTotal()).isEqualByComparingTo("1500.00");
        assertThat(placed.business().purchaseOrder()).isEqualTo(command.purchaseOrder());
        assertThat(available()).isEqualTo(before - 30);
        assertThat(wholesale.placeApprovedRequisition(buyer, sent.id()).number())
                .as("placed twice: one checkout")
                .isEqualTo(placed.number());
        assertThat(available()).isEqualTo(before - 30);
        assertThat(wholesale.requisitions(admin))
                .filteredOn(r -> r.id() == sent.id())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.state()).isEqualTo(RequisitionState.PLACED);
                    assertThat(r.orderNumber()).isEqualTo(placed.number());
                });
    }

    @Test
    void aRefusalNeedsAReasonAndAnApproverDoesNotApproveTheirOwn() {
        RequisitionView sent =
                wholesale.placeQuickOrder(buyer, place(40, "2000.00")).requisition();

        assertThatThrownBy(() -> wholesale.decideRequisition(approver, sent.id(), false, " "))
                .isInstanceOf(RuleViolationException.class);
        RequisitionView refused = wholesale.decideRequisition(approver, sent.id(), false, "超出本月预算");
        assertThat(refused.state()).isEqualTo(RequisitionState.REFUSED);
        assertThat(refused.note()).isEqualTo("超出本月预算");
        assertThat(noticesOf(buyer, sent)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.REQUISITION_REFUSED);
            assertThat(n.details()).containsExactly(sent.purchaseOrder(), "食堂审批人3号", "超出本月预算");
        });
        assertThatThrownBy(() -> wholesale.placeApprovedRequisition(buyer, sent.id()))
                .isInstanceOf(ConflictException.class);

        RequisitionView adminsOwn =
                wholesale.placeQuickOrder(admin, place(40, "2000.00")).requisition();
        assertThat(adminsOwn)
                .as("an approver's own order waits for another approver")
                .isNotNull();
        assertThatThrownBy(() -> wholesale.decideRequisition(admin, adminsOwn.id(), true, null))
                .isInstanceOf(NotAllowedException.class);
        assertThat(noticesOf(admin, adminsOwn)).as("nobody asks themselves").isEmpty();
        assertThat(noticesOf(approver, adminsOwn))
                .extracting(NoticeView::kind)
                .containsExactly(NoticeKind.REQUISITION_WAITING);

        String longName = "洛阳市第一中学食堂后勤服务中心冷库收货组值班员".repeat(2);
        PlaceQuickOrderCommand named = place(40, "2000.00");
        RequisitionView kept = wholesale
                .placeQuickOrder(
                        buyer,
                        new PlaceQuickOrderCommand(
                                named.requestKey(),
                                named.text(),
                                named.purchaseOrder(),
                                named.deliverOn(),
                                longName,
                                named.phone(),
                                named.expectedGoods(),
                                null,
                                false,
                                null))
                .requisition();
        assertThat(longName).as("longer than the column was").hasSizeBetween(41, 60);
        assertThat(kept.state()).as("a recipient orders accepts is kept").isEqualTo(RequisitionState.WAITING);
        assertThat(wholesale.requisitions(buyer)).anyMatch(r -> r.id() == kept.id());
    }

    @Test
    void aPriceThatMovedAfterTheApprovalNeedsANewOneAndBadTermsAreNeverKept() {
        RequisitionView sent =
                wholesale.placeQuickOrder(buyer, place(50, "2500.00")).requisition();
        wholesale.decideRequisition(approver, sent.id(), true, "同意");
        wholesale.saveOffer(base.staff(), offer("52.00"));
        try {
            assertThatThrownBy(() -> wholesale.placeApprovedRequisition(buyer, sent.id()))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("wholesale.requisition.prices-changed");
        } finally {
            wholesale.saveOffer(base.staff(), offer("50.00"));
        }

        PlaceQuickOrderCommand today = new PlaceQuickOrderCommand(
                UUID.randomUUID().toString(),
                walnuts + ",60",
                "PO-A-9",
                MarketCalendar.today(java.time.Clock.systemUTC()),
                "赵师傅",
                "13800002222",
                new BigDecimal("3000.00"),
                null,
                false,
                null);
        assertThatThrownBy(() -> wholesale.placeQuickOrder(buyer, today)).isInstanceOf(RuleViolationException.class);
        assertThat(wholesale.requisitions(buyer))
                .noneMatch(r -> r.purchaseOrder().equals("PO-A-9"));
    }

    private List<NoticeView> noticesOf(Actor member, RequisitionView requisition) {
        return orders.notices(member, 200).stream()
                .filter(n -> n.path().equals("/wholesale/orders#requisition-" + requisition.id()))
                .toList();
    }

    private int available() {
        return stock.skusForSale(List.of(walnuts)).stream()
                .mapToInt(SkuOnSale::available)
                .sum();
    }

    private PlaceQuickOrderCommand place(int packs, String expected) {
        return new PlaceQuickOrderCommand(
                UUID.randomUUID().toString(),
                walnuts + "," + packs,
                "PO-" + packs + "-" + run,
                MarketCalendar.today(java.time.Clock.systemUTC()).plusDays(5),
                "赵师傅",
                "13800002222",
                new BigDecimal(expected),
                null,
                false,
                null);
    }

    private OfferCommand offer(String price) {
        return new OfferCommand(
                walnuts,
                PackKind.BAG,
                2500,
                10,
                10,
                null,
                List.of(new PriceTier(10, new BigDecimal(price))),
                Grade.FIRST,
                null,
                null,
                null);
    }

    private Actor member(Actor admin, int n, Set<MemberRole> roles) {
        String name = roles.contains(MemberRole.APPROVER) ? "食堂审批人" + n + "号" : "食堂采购员" + n + "号";
        MemberView added =
                wholesale.addMember(admin, new AddMemberCommand(login(n), "approval-member-pw", name, roles));
        return accounts.authenticate(added.login(), "approval-member-pw", "test")
                .actor();
    }

    private String login(int n) {
        return "134" + String.format("%08d", (run * 11 + n) % 100_000_000L);
    }

    private Actor verifiedAdmin(int n) {
        String first17 = "91410300" + String.format("%09d", (run * 17 + n) % 1_000_000_000L);
        OrganisationView applied = wholesale.apply(
                new ApplyOrganisationCommand(
                        "洛阳第" + n + "中学食堂",
                        first17 + CreditCode.checkCharacter(first17),
                        OrganisationKind.CANTEEN,
                        "410328",
                        "中州路 " + n + " 号",
                        new SignUpCommand(
                                login(n),
                                "approval-admin-pw",
                                "食堂主任" + n,
                                true,
                                accounts.legalTerms().version())),
                "test");
        LicenceScans.attach(wholesale, applied);
        wholesale.review(TestMarketplace.OPERATOR, applied.id(), true, null);
        return accounts.authenticate(login(n), "approval-admin-pw", "test").actor();
    }
}
