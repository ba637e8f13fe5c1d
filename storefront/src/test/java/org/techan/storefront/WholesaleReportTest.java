package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrdersApi;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotAllowedException;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.KindSales;
import org.techan.wholesale.OfferCommand;
import org.techan.wholesale.OrganisationKind;
import org.techan.wholesale.PackKind;
import org.techan.wholesale.PlaceQuickOrderCommand;
import org.techan.wholesale.PriceTier;
import org.techan.wholesale.WholesaleApi;

/**
 * Operators read wholesale sales by kind of organisation over market days: paid orders only, the
 * refunds made on them, every kind listed; nobody else reads it, and a period that makes no sense
 * is refused. Other tests' orders share the database, so the figures are compared before and after.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholesaleReportTest {

    private static final String VILLAGE = "330727100201";

    @Inject
    WholesaleApi wholesale;

    @Inject
    OrdersApi orders;

    @Inject
    Accounts accounts;

    @Inject
    CardPayments cards;

    @Inject
    TestMarketplace market;

    @Inject
    @Client("/")
    HttpClient http;

    private final long run = System.currentTimeMillis() % 10_000_000L;
    private TestMarketplace.Shop shop;
    private long mushrooms;

    @BeforeAll
    void pananMushrooms() {
        market.regions(VILLAGE, "浙江省/Zhejiang", "金华市/Jinhua", "磐安县/Pan'an", "安文街道", "花溪村");
        shop = market.aShop("panan-mushrooms-report")
                .named("磐安香菇合作社")
                .inVillage(VILLAGE)
                .open();
        mushrooms = market.aProduct(shop, "磐安干香菇 1 斤袋")
                .priced("20.00")
                .withBatch(2000)
                .create()
                .skuId();
        wholesale.saveOffer(
                shop.staff(),
                new OfferCommand(
                        mushrooms,
                        PackKind.BAG,
                        500,
                        10,
                        10,
                        null,
                        List.of(new PriceTier(10, new BigDecimal("15.00"))),
                        null,
                        null,
                        null,
                        null));
        accounts.register(new RegisterAccountCommand("panan.ops", "panan-ops-2026", "磐安运营", Role.OPERATOR));
    }

    @Test
    void paidOrdersAndTheirRefundsAddUpByKindOfOrganisation() {
        LocalDate today = MarketCalendar.today(java.time.Clock.systemUTC());
        Map<OrganisationKind, KindSales> before = report(today);

        Actor canteen = buyer("磐安县中学食堂", OrganisationKind.CANTEEN, 1);
        Actor supermarket = buyer("磐安县城超市", OrganisationKind.SUPERMARKET, 2);
        OrderGroupView lunch = place(canteen, 10);
        cards.pay(canteen, lunch.number(), "4242424242424242");
        OrderGroupView shelves = place(supermarket, 20);
        cards.pay(supermarket, shelves.number(), "4242424242424242");
        orders.refund(shop.staff(), shelves.orders().get(0).number(), new BigDecimal("30.00"), "两袋受潮");
        place(supermarket, 10); // never paid: not a sale

        Map<OrganisationKind, KindSales> after = report(today);
        KindSales canteens = after.get(OrganisationKind.CANTEEN);
        KindSales canteensBefore = before.get(OrganisationKind.CANTEEN);
        assertThat(canteens.organisations() - canteensBefore.organisations()).isEqualTo(1);
        assertThat(canteens.buying() - canteensBefore.buying()).isEqualTo(1);
        assertThat(canteens.orders() - canteensBefore.orders()).isEqualTo(1);
        assertThat(canteens.goods().subtract(canteensBefore.goods())).isEqualByComparingTo("150.00");
        KindSales markets = after.get(OrganisationKind.SUPERMARKET);
        KindSales marketsBefore = before.get(OrganisationKind.SUPERMARKET);
        assertThat(markets.orders() - marketsBefore.orders())
                .as("the unpaid order is no sale")
                .isEqualTo(1);
        assertThat(markets.goods().subtract(marketsBefore.goods())).isEqualByComparingTo("300.00");
        assertThat(markets.refunded().subtract(marketsBefore.refunded())).isEqualByComparingTo("30.00");
        assertThat(markets.net().subtract(marketsBefore.net())).isEqualByComparingTo("270.00");
        assertThat(after).containsOnlyKeys(OrganisationKind.values());
        assertThat(wholesale.salesByKind(TestMarketplace.OPERATOR, today.minusDays(30), today.minusDays(1)))
                .as("a period before today has none of today's orders")
                .filteredOn(k -> k.kind() == OrganisationKind.SUPERMARKET)
                .singleElement()
                .satisfies(k -> assertThat(k.goods()).isLessThanOrEqualTo(marketsBefore.goods()));

        assertThatThrownBy(() -> wholesale.salesByKind(canteen, today, today)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> wholesale.salesByKind(TestMarketplace.OPERATOR, today, today.minusDays(1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.report.period.invalid");
        assertThatThrownBy(() -> wholesale.salesByKind(TestMarketplace.OPERATOR, today.minusDays(366), today))
                .as("at most a year")
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void operatorsReadItOnAPageAndThroughTheApi() {
        FormClient operator = FormClient.signIn(http, "panan.ops", "panan-ops-2026");
        String page = operator.get("/ops/wholesale/report").body();
        assertThat(page)
                .contains("批发销售统计（按单位类型）", "kind-CANTEEN", "kind-SUPERMARKET", "kind-RESTAURANT", "kind-DISTRIBUTOR")
                .contains("食堂");
        HttpResponse<String> backwards = operator.get("/ops/wholesale/report?from=2026-12-10&to=2026-12-01");
        assertThat(backwards.code()).isEqualTo(422);
        assertThat(backwards.body()).contains("请选择有效的日期范围");
        HttpResponse<String> mistyped = operator.get("/ops/wholesale/report?from=2026-13-01&to=2026-12-01");
        assertThat(mistyped.code()).isEqualTo(422);

        HttpResponse<String> api =
                operator.json(HttpRequest.GET("/api/v1/ops/wholesale/report?from=2026-11-01&to=2026-11-30"), false);
        assertThat(api.code()).as(api.body()).isEqualTo(200);
        assertThat(api.body()).contains("\"kind\":\"CANTEEN\"", "\"goods\":", "\"refunded\":");

        Actor someone = buyer("磐安县餐馆", OrganisationKind.RESTAURANT, 3);
        FormClient restaurant = FormClient.signIn(http, login(3), "panan-buyer-2026");
        assertThat(restaurant.get("/ops/wholesale/report").code()).isEqualTo(403);
        assertThat(restaurant
                        .json(HttpRequest.GET("/api/v1/ops/wholesale/report?from=2026-11-01&to=2026-11-30"), false)
                        .code())
                .isEqualTo(403);
        assertThat(someone.role()).isEqualTo(Role.WHOLESALE_BUYER);
    }

    private Map<OrganisationKind, KindSales> report(LocalDate day) {
        return wholesale.salesByKind(TestMarketplace.OPERATOR, day, day).stream()
                .collect(Collectors.toMap(KindSales::kind, Function.identity()));
    }

    private Actor buyer(String name, OrganisationKind kind, int n) {
        return WholesaleFixtures.verifiedBuyer(
                wholesale, accounts, name, kind, "330727", "安文路 " + n + " 号", login(n), "panan-buyer-2026");
    }

    private String login(int n) {
        return "137" + String.format("%08d", (run * 17 + n) % 100_000_000L);
    }

    private OrderGroupView place(Actor buyer, int packs) {
        return wholesale
                .placeQuickOrder(
                        buyer,
                        new PlaceQuickOrderCommand(
                                UUID.randomUUID().toString(),
                                mushrooms + "," + packs,
                                "PA-" + run,
                                MarketCalendar.today(java.time.Clock.systemUTC())
                                        .plusDays(3),
                                "收货员",
                                "13800005555",
                                new BigDecimal(packs * 15 + ".00"),
                                null,
                                false,
                                null))
                .order();
    }
}
