package org.techan.wholesale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.SkuOnSale;
import org.techan.catalog.StockPort;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.BusinessTerms;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderLineView;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotAllowedException;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SignUpCommand;

/**
 * A checked quick order is placed as one checkout with an order per shop, at wholesale prices,
 * its stock held, with the buyer's purchase-order number and delivery day; the consumer's purchase
 * limits do not apply. A draft with problems, changed prices or bad terms places nothing. The
 * same request key answers the same checkout. Colleagues see each other's orders; nobody else does.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuickOrderPlacingTest {

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
    private TestMarketplace.Shop apples;
    private TestMarketplace.Shop pears;
    private long fuji;
    private long pear;
    private long gift;
    private Actor buyer;
    private Actor colleague;
    private Actor stranger;

    @BeforeAll
    void twoBasesAndTwoOrganisations() {
        market.regions(VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "洛宁县/Luoning", "城郊乡", "果园村");
        apples = market.aShop("placing-apples-" + run)
                .named("洛宁苹果基地")
                .inVillage(VILLAGE)
                .open();
        pears = market.aShop("placing-pears-" + run)
                .named("洛宁酥梨基地")
                .inVillage(VILLAGE)
                .open();
        // A consumer may buy at most 2 of these per order and 3 in 30 days: a canteen buys dozens.
        fuji = market.aProduct(apples, "红富士 10 斤箱")
                .sku(new SkuCommand("10 斤箱", "5 kg box", SaleUnit.BOX, 5000, new BigDecimal("40.00"), 1, 1, 2, 3, 30))
                .withBatch(300)
                .create()
                .skuId();
        pear = market.aProduct(pears, "酥梨 10 斤箱")
                .priced("30.00")
                .withBatch(500)
                .create()
                .skuId();
        gift = market.aProduct(pears, "酥梨礼盒")
                .priced("30.00")
                .withBatch(500)
                .create()
                .skuId();
        wholesale.saveOffer(apples.staff(), offer(fuji, 10, 10, tier(10, "32.00"), tier(50, "29.00")));
        wholesale.saveOffer(pears.staff(), offer(pear, 10, 5, tier(10, "24.00")));
        wholesale.saveOffer(pears.staff(), offer(gift, 10, 5, tier(10, "26.00")));
        buyer = verifiedBuyer(1, "洛阳一中食堂");
        MemberView added = wholesale.addMember(
                buyer,
                new AddMemberCommand(
                        "139" + String.format("%08d", (run * 7 + 1) % 100_000_000L),
                        "canteen-colleague-pw",
                        "食堂会计",
                        Set.of(MemberRole.APPROVER)));
        colleague = accounts.authenticate(added.login(), "canteen-colleague-pw", "test")
                .actor();
        stranger = verifiedBuyer(2, "洛阳二中食堂");
    }

    @Test
    void aCheckedDraftBecomesOneOrderPerShopWithItsStockHeldOnce() {
        int applesBefore = available(fuji);
        int pearsBefore = available(pear);
        String key = UUID.randomUUID().toString();
        PlaceQuickOrderCommand command = place(key, fuji + ",60\n" + pear + ",15\n", "2100.00");

        OrderGroupView placed = wholesale.placeQuickOrder(buyer, command).order();

        assertThat(placed.orders()).extracting(OrderView::shopSlug).containsExactly(apples.slug(), pears.slug());
        OrderLineView apple = placed.orders().get(0).lines().get(0);
        assertThat(apple.quantity()).as("past the consumer's limit of 2").isEqualTo(60);
        assertThat(apple.unitPrice()).as("60 packs reach the second tier").isEqualByComparingTo("29.00");
        assertThat(placed.goodsTotal()).isEqualByComparingTo("2100.00");
        assertThat(placed.business()).isEqualTo(new BusinessTerms("PO-2026-118", deliverOn()));
        assertThat(placed.orders())
                .allSatisfy(order -> assertThat(order.business()).isEqualTo(placed.business()));
        assertThat(placed.address().street()).as("the organisation's address").isEqualTo("育才路 1 号");
        assertThat(available(fuji)).isEqualTo(applesBefore - 60);
        assertThat(available(pear)).isEqualTo(pearsBefore - 15);

        OrderGroupView again = wholesale.placeQuickOrder(buyer, command).order();
        assertThat(again.number()).as("the same key: the same checkout").isEqualTo(placed.number());
        assertThat(available(fuji)).as("held once").isEqualTo(applesBefore - 60);
        assertThat(orders.orderGroup(buyer, placed.number()).business()).isEqualTo(placed.business());
    }

    @Test
    void anUploadIsKeptForTheOrganisationAndCheckedAgainWhenItsStatusIsAsked() {
        String file = "sku,quantity\r\n" + fuji + ",10\r\n" + pear + ",7\r\n";
        QuickOrderUpload uploaded = wholesale.uploadQuickOrder(
                buyer, file.getBytes(java.nio.charset.Charset.forName("GBK")), "食堂周一采购.csv", null);
        assertThat(uploaded.fileName()).isEqualTo("食堂周一采购.csv");
        assertThat(uploaded.draft().problems())
                .as("7 pears: off the steps of 5")
                .hasSize(1);

        QuickOrderUpload asked = wholesale.quickOrderUpload(colleague, uploaded.id());
        assertThat(asked.draft().problems()).hasSize(1);
        assertThat(asked.draft().text()).contains(fuji + ",10");
        assertThat(asked.uploadedAt()).isEqualTo(uploaded.uploadedAt());
        assertThatThrownBy(() -> wholesale.quickOrderUpload(stranger, uploaded.id()))
                .as("another organisation's upload")
                .isInstanceOf(org.techan.platform.NotFoundException.class);
        assertThatThrownBy(() -> wholesale.uploadQuickOrder(buyer, new byte[0], "空.csv", null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> wholesale.uploadQuickOrder(buyer, file.getBytes(), "x".repeat(201), null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> wholesale.quickOrderUpload(buyer, uploaded.id() + 1_000_000))
                .isInstanceOf(org.techan.platform.NotFoundException.class);
        assertThatThrownBy(() -> wholesale.uploadQuickOrder(buyer, file.getBytes(), "a.csv", "k".repeat(65)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.request-key.too-long");
    }

    @Test
    void anUploadSentAgainUnderItsKeyEvenAtOnceIsKeptOnce() throws Exception {
        byte[] file = (fuji + ",10\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<QuickOrderUpload>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return wholesale.uploadQuickOrder(buyer, file, "重发.csv", key);
                }));
            }
            start.countDown();
            Set<Long> ids = new java.util.HashSet<>();
            for (java.util.concurrent.Future<QuickOrderUpload> answer : answers) {
                ids.add(answer.get().id());
            }
            assertThat(ids).as("eight at once: one upload").hasSize(1);
            assertThat(wholesale.uploadQuickOrder(buyer, file, "重发.csv", key).id())
                    .as("and again later")
                    .isEqualTo(ids.iterator().next());
            assertThat(wholesale.uploadQuickOrder(buyer, file, "重发.csv", null).id())
                    .as("no key: a new upload")
                    .isNotIn(ids);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void colleaguesSeeTheOrganisationsOrdersAndNobodyElseDoes() {
        OrderGroupView placed = wholesale
                .placeQuickOrder(buyer, place(UUID.randomUUID().toString(), pear + ",10\n", "240.00"))
                .order();

        assertThat(wholesale.organisationOrders(colleague, 0, 50))
                .filteredOn(order -> order.group().number().equals(placed.number()))
                .singleElement()
                .satisfies(order -> {
                    assertThat(order.placedBy()).isEqualTo("食堂负责人1");
                    assertThat(order.mine()).isFalse();
                });
        assertThat(wholesale.organisationOrders(buyer, 0, 50))
                .filteredOn(order -> order.group().number().equals(placed.number()))
                .singleElement()
                .satisfies(order -> assertThat(order.mine()).isTrue());
        assertThat(wholesale.organisationOrders(stranger, 0, 50))
                .noneMatch(order -> order.group().number().equals(placed.number()));
        assertThatThrownBy(() -> orders.orderGroup(stranger, placed.number()))
                .isInstanceOf(org.techan.platform.NotFoundException.class);
    }

    @Test
    void nothingIsPlacedFromADraftWithProblemsChangedPricesOrBadTerms() {
        int before = available(gift);
        String lines = gift + ",10\n";

        assertThatThrownBy(() -> wholesale.placeQuickOrder(
                        buyer, place(UUID.randomUUID().toString(), lines + gift + ",3\n", "338.00")))
                .as("13 packs are off the steps of 10 + 5")
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.quick-order.not-orderable");
        assertThatThrownBy(() ->
                        wholesale.placeQuickOrder(buyer, place(UUID.randomUUID().toString(), lines, "250.00")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("wholesale.quick-order.prices-changed");
        LocalDate today = MarketCalendar.today(java.time.Clock.systemUTC());
        for (LocalDate day : List.of(today, today.plusDays(91))) {
            assertThatThrownBy(() -> wholesale.placeQuickOrder(buyer, place(UUID.randomUUID(), lines, "PO-1", day)))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("checkout.bulk.deliver-on");
        }
        assertThatThrownBy(() -> wholesale.placeQuickOrder(buyer, place(UUID.randomUUID(), lines, " ", deliverOn())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("checkout.bulk.purchase-order");
        assertThatThrownBy(() -> wholesale.placeQuickOrder(
                        colleague, place(UUID.randomUUID().toString(), lines, "260.00")))
                .as("an approver without the buyer role")
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> wholesale.placeQuickOrder(
                        market.aConsumer(), place(UUID.randomUUID().toString(), lines, "260.00")))
                .isInstanceOf(org.techan.platform.DomainException.class);
        assertThat(available(gift)).as("nothing held").isEqualTo(before);
        assertThat(wholesale.organisationOrders(buyer, 0, 100)).noneMatch(order -> order.group().orders().stream()
                .flatMap(o -> o.lines().stream())
                .anyMatch(line -> line.skuId() == gift));
    }

    @Test
    void aPastOrderIsOrderedAgainAndSavedOrdersAreSharedWithinTheOrganisation() {
        OrderGroupView placed = wholesale
                .placeQuickOrder(buyer, place(UUID.randomUUID().toString(), fuji + ",20\n" + pear + ",10\n", "880.00"))
                .order();

        String again = wholesale.reorderLines(colleague, placed.number());
        assertThat(again.lines()).containsExactly("sku,quantity", fuji + ",20", pear + ",10");
        assertThatThrownBy(() -> wholesale.reorderLines(stranger, placed.number()))
                .isInstanceOf(org.techan.platform.NotFoundException.class);

        TemplateView weekly = wholesale.saveTemplate(buyer, " 每周一 ", again);
        assertThat(weekly.name()).isEqualTo("每周一");
        assertThat(weekly.lineCount()).as("the header is no line").isEqualTo(2);
        assertThat(wholesale.saveTemplate(colleague, "每周一", fuji + ",30\n").lineCount())
                .as("the same name replaces it")
                .isEqualTo(1);
        assertThat(wholesale.templates(buyer))
                .filteredOn(t -> t.name().equals("每周一"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.savedBy()).isEqualTo("食堂会计");
                    assertThat(wholesale.template(buyer, t.id()).lines()).isEqualTo(fuji + ",30\n");
                });
        assertThat(wholesale.templates(stranger)).noneMatch(t -> t.id() == weekly.id());
        assertThatThrownBy(() -> wholesale.template(stranger, weekly.id()))
                .isInstanceOf(org.techan.platform.NotFoundException.class);
        assertThatThrownBy(() -> wholesale.deleteTemplate(stranger, weekly.id()))
                .isInstanceOf(org.techan.platform.NotFoundException.class);
        assertThatThrownBy(() -> wholesale.saveTemplate(buyer, " ", again)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> wholesale.saveTemplate(buyer, "空", "")).isInstanceOf(RuleViolationException.class);

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<TemplateView>> saves = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Actor member = i % 2 == 0 ? buyer : colleague;
                saves.add(pool.submit(() -> wholesale.saveTemplate(member, "同时保存", again)));
            }
            for (var save : saves) {
                assertThat(save.get().name()).as("each at once succeeds").isEqualTo("同时保存");
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdown();
        }
        assertThat(wholesale.templates(buyer))
                .filteredOn(t -> t.name().equals("同时保存"))
                .hasSize(1);

        wholesale.deleteTemplate(buyer, weekly.id());
        assertThat(wholesale.templates(buyer)).noneMatch(t -> t.id() == weekly.id());
    }

    private int available(long sku) {
        return stock.skusForSale(List.of(sku)).stream()
                .mapToInt(SkuOnSale::available)
                .sum();
    }

    private static LocalDate deliverOn() {
        return MarketCalendar.today(java.time.Clock.systemUTC()).plusDays(3);
    }

    private static PlaceQuickOrderCommand place(String key, String lines, String expected) {
        return new PlaceQuickOrderCommand(
                key,
                lines,
                "PO-2026-118",
                deliverOn(),
                "王师傅",
                "13700001111",
                new BigDecimal(expected),
                null,
                false,
                null);
    }

    private static PlaceQuickOrderCommand place(UUID key, String lines, String purchaseOrder, LocalDate day) {
        return new PlaceQuickOrderCommand(
                key.toString(),
                lines,
                purchaseOrder,
                day,
                "王师傅",
                "13700001111",
                new BigDecimal("260.00"),
                null,
                false,
                null);
    }

    private static PriceTier tier(int packs, String price) {
        return new PriceTier(packs, new BigDecimal(price));
    }

    private static OfferCommand offer(long sku, int min, int step, PriceTier... tiers) {
        return new OfferCommand(
                sku, PackKind.BOX, 5000, min, step, null, List.of(tiers), Grade.FIRST, null, null, null);
    }

    private Actor verifiedBuyer(int n, String name) {
        String login = "136" + String.format("%08d", (run * 3 + n) % 100_000_000L);
        String first17 = "91410300" + String.format("%09d", (run * 5 + n) % 1_000_000_000L);
        OrganisationView applied = wholesale.apply(
                new ApplyOrganisationCommand(
                        name,
                        first17 + CreditCode.checkCharacter(first17),
                        OrganisationKind.CANTEEN,
                        "410328",
                        "育才路 " + n + " 号",
                        new SignUpCommand(
                                login,
                                "canteen-2026-pw",
                                "食堂负责人" + n,
                                true,
                                accounts.legalTerms().version())),
                "test");
        LicenceScans.attach(wholesale, applied);
        wholesale.review(TestMarketplace.OPERATOR, applied.id(), true, null);
        return accounts.authenticate(login, "canteen-2026-pw", "test").actor();
    }
}
