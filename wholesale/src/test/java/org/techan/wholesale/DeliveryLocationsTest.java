package org.techan.wholesale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
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
 * An organisation takes deliveries at several locations (收货地点): the address it applied with is
 * the first; its admins add more and remove any but the last; a quick order goes to the one its
 * buyer chooses, never to another organisation's; a purchase request goes where it was approved to
 * go even if that location was removed meanwhile.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryLocationsTest {

    private static final String VILLAGE = "410328100202";
    private static final String TOWNSHIP = "410328100";

    @Inject
    WholesaleApi wholesale;

    @Inject
    OrdersApi orders;

    @Inject
    Accounts accounts;

    @Inject
    TestMarketplace market;

    private final long run = System.currentTimeMillis() % 10_000_000L;
    private long walnuts;
    private Actor admin;
    private Actor buyer;
    private Actor approver;
    private Actor stranger;

    @BeforeAll
    void aCanteenWithOneAddress() {
        market.regions(VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "洛宁县/Luoning", "城郊乡", "果园村");
        TestMarketplace.Shop base = market.aShop("locations-walnuts-" + run)
                .named("洛宁核桃基地")
                .inVillage(VILLAGE)
                .open();
        walnuts = market.aProduct(base, "核桃 5 斤袋")
                .priced("60.00")
                .withBatch(1000)
                .create()
                .skuId();
        wholesale.saveOffer(
                base.staff(),
                new OfferCommand(
                        walnuts,
                        PackKind.BAG,
                        2500,
                        10,
                        10,
                        null,
                        List.of(new PriceTier(10, new BigDecimal("50.00"))),
                        Grade.FIRST,
                        null,
                        null,
                        null));
        admin = verifiedAdmin(1, "洛宁县实验中学食堂");
        buyer = member(2, Set.of(MemberRole.BUYER));
        approver = member(3, Set.of(MemberRole.APPROVER));
        stranger = verifiedAdmin(4, "洛宁县第二中学食堂");
    }

    @Test
    void theApplicationsAddressIsTheFirstAndAdminsAddMoreWithinReason() {
        Actor school = verifiedAdmin(5, "洛宁县城关小学食堂");
        assertThat(wholesale.deliveryLocations(school)).singleElement().satisfies(first -> {
            assertThat(first.label()).isEqualTo("洛宁县城关小学食堂");
            assertThat(first.regionCode()).isEqualTo("410328000000");
            assertThat(first.street()).isEqualTo("永宁大道 5 号");
        });

        DeliveryLocationView kitchen =
                wholesale.addDeliveryLocation(school, new DeliveryLocationCommand(" 后厨 ", TOWNSHIP, "城郊乡政府院内"));
        assertThat(kitchen.label()).isEqualTo("后厨");
        assertThat(wholesale
                        .addDeliveryLocation(school, new DeliveryLocationCommand("后厨", TOWNSHIP, "城郊乡政府院内"))
                        .id())
                .as("sent again: the one kept")
                .isEqualTo(kitchen.id());
        assertThat(wholesale.deliveryLocations(school))
                .extracting(DeliveryLocationView::label)
                .containsExactly("洛宁县城关小学食堂", "后厨");

        assertThatThrownBy(() -> wholesale.addDeliveryLocation(school, new DeliveryLocationCommand(" ", TOWNSHIP, "x")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.location.label.required");
        assertThatThrownBy(() -> wholesale.addDeliveryLocation(school, new DeliveryLocationCommand("冷库", "4103", "x")))
                .as("a city is no delivery address")
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.region.too-coarse");
        assertThatThrownBy(
                        () -> wholesale.addDeliveryLocation(school, new DeliveryLocationCommand("冷库", "410399", "x")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.region.unknown");
        assertThatThrownBy(() -> wholesale.addDeliveryLocation(school, new DeliveryLocationCommand("冷库", TOWNSHIP, "")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.street.required");
        assertThatThrownBy(() ->
                        wholesale.addDeliveryLocation(buyer, new DeliveryLocationCommand("采购员自己加的", TOWNSHIP, "x")))
                .as("admins only")
                .isInstanceOf(NotAllowedException.class);
        assertThat(wholesale.deliveryLocations(school))
                .as("nothing refused was kept")
                .hasSize(2);

        for (int i = 3; i <= 20; i++) {
            wholesale.addDeliveryLocation(school, new DeliveryLocationCommand("分点 " + i, TOWNSHIP, "x " + i));
        }
        assertThatThrownBy(() ->
                        wholesale.addDeliveryLocation(school, new DeliveryLocationCommand("第 21 个", TOWNSHIP, "x")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.location.too-many");
    }

    @Test
    void theSameLocationSentManyTimesAtOnceIsKeptOnce() throws Exception {
        Actor school = verifiedAdmin(7, "洛宁县城关三小食堂");
        DeliveryLocationCommand store = new DeliveryLocationCommand("冷库", TOWNSHIP, "仓储路 7 号");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<DeliveryLocationView>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return wholesale.addDeliveryLocation(school, store);
                }));
            }
            start.countDown();
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (Future<DeliveryLocationView> answer : answers) {
                ids.add(answer.get().id());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(wholesale.deliveryLocations(school))
                .extracting(DeliveryLocationView::label)
                .containsExactly("洛宁县城关三小食堂", "冷库");
    }

    @Test
    void anyButTheLastIsRemovedOnceAndNeverByAnotherOrganisation() throws Exception {
        Actor school = verifiedAdmin(6, "洛宁县城关二小食堂");
        DeliveryLocationView first = wholesale.deliveryLocations(school).get(0);
        DeliveryLocationView second =
                wholesale.addDeliveryLocation(school, new DeliveryLocationCommand("二号库", TOWNSHIP, "仓储路 2 号"));

        assertThatThrownBy(() -> wholesale.removeDeliveryLocation(stranger, second.id()))
                .isInstanceOf(NotFoundException.class);
        // Two admins removing the last two at once: one is removed, the other is refused.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (DeliveryLocationView location : List.of(first, second)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        wholesale.removeDeliveryLocation(school, location.id());
                        return "removed";
                    } catch (ConflictException last) {
                        return "last";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> answer : answers) {
                results.add(answer.get());
            }
            assertThat(results).containsExactlyInAnyOrder("removed", "last");
        } finally {
            pool.shutdown();
        }
        List<DeliveryLocationView> left = wholesale.deliveryLocations(school);
        assertThat(left).hasSize(1);
        long removed = left.get(0).id() == first.id() ? second.id() : first.id();
        assertThatThrownBy(() -> wholesale.removeDeliveryLocation(school, removed))
                .as("removed already")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        wholesale.removeDeliveryLocation(school, left.get(0).id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("wholesale.location.last");
    }

    @Test
    void aQuickOrderGoesToTheLocationChosenAndOnlyToOneOfItsOwn() {
        DeliveryLocationView kitchen =
                wholesale.addDeliveryLocation(admin, new DeliveryLocationCommand("南区后厨", TOWNSHIP, "南环路 9 号"));
        DeliveryLocationView strangers = wholesale.deliveryLocations(stranger).get(0);

        assertThatThrownBy(() -> wholesale.placeQuickOrder(buyer, place(10, strangers.id())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.location.unknown");
        OrderGroupView placed =
                wholesale.placeQuickOrder(buyer, place(10, kitchen.id())).order();
        assertThat(placed.address().street()).isEqualTo("南环路 9 号");
        assertThat(placed.address().regionCode()).isEqualTo(TOWNSHIP + "000");
        OrderGroupView unchosen =
                wholesale.placeQuickOrder(buyer, place(10, null)).order();
        assertThat(unchosen.address().street()).as("none chosen: the first").isEqualTo("永宁大道 1 号");
    }

    @Test
    void aPurchaseRequestGoesWhereItWasApprovedToGoEvenIfThatLocationWasRemoved() {
        wholesale.setApprovalThreshold(admin, new BigDecimal("1000.00"));
        try {
            DeliveryLocationView store =
                    wholesale.addDeliveryLocation(admin, new DeliveryLocationCommand("北区仓库", TOWNSHIP, "北环路 3 号"));
            RequisitionView sent =
                    wholesale.placeQuickOrder(buyer, place(30, store.id())).requisition();
            wholesale.decideRequisition(approver, sent.id(), true, null);
            wholesale.removeDeliveryLocation(admin, store.id());

            OrderGroupView placed = wholesale.placeApprovedRequisition(buyer, sent.id());
            assertThat(placed.address().street()).isEqualTo("北环路 3 号");
            assertThat(wholesale.deliveryLocations(buyer)).noneMatch(l -> l.id() == store.id());
        } finally {
            wholesale.setApprovalThreshold(admin, null);
        }
    }

    private PlaceQuickOrderCommand place(int packs, Long deliverTo) {
        return new PlaceQuickOrderCommand(
                UUID.randomUUID().toString(),
                walnuts + "," + packs,
                "PO-L-" + run,
                MarketCalendar.today(java.time.Clock.systemUTC()).plusDays(4),
                "赵师傅",
                "13800003333",
                new BigDecimal(packs * 50 + ".00"),
                null,
                false,
                deliverTo);
    }

    private Actor member(int n, Set<MemberRole> roles) {
        MemberView added =
                wholesale.addMember(admin, new AddMemberCommand(login(n), "locations-member-pw", "食堂同事" + n, roles));
        return accounts.authenticate(added.login(), "locations-member-pw", "test")
                .actor();
    }

    private String login(int n) {
        return "135" + String.format("%08d", (run * 13 + n) % 100_000_000L);
    }

    private Actor verifiedAdmin(int n, String name) {
        String first17 = "91410328" + String.format("%09d", (run * 19 + n) % 1_000_000_000L);
        OrganisationView applied = wholesale.apply(
                new ApplyOrganisationCommand(
                        name,
                        first17 + CreditCode.checkCharacter(first17),
                        OrganisationKind.CANTEEN,
                        "410328",
                        "永宁大道 " + n + " 号",
                        new SignUpCommand(
                                login(n),
                                "locations-admin-pw",
                                "食堂主任" + n,
                                true,
                                accounts.legalTerms().version())),
                "test");
        LicenceScans.attach(wholesale, applied);
        wholesale.review(TestMarketplace.OPERATOR, applied.id(), true, null);
        return accounts.authenticate(login(n), "locations-admin-pw", "test").actor();
    }
}
