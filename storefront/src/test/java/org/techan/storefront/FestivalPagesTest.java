package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.OpenPavilionCommand;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.MarketCalendar;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.promotions.CreateFestivalCommand;
import org.techan.promotions.FestivalDateRule;
import org.techan.promotions.PromotionsApi;

/**
 * The festival calendar as shoppers and operators use it: public pages and API with the countdown
 * and the pavilions' picks at their prices, the operators' form, and nobody else adding festivals.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FestivalPagesTest {

    private static final String VILLAGE = "370687100201";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    PromotionsApi promotions;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    Accounts accounts;

    private final LocalDate today = MarketCalendar.today(java.time.Clock.systemUTC());

    @BeforeAll
    void laiyangPears() {
        market.regions(VILLAGE, "山东省/Shandong", "烟台市/Yantai", "莱阳市/Laiyang", "城厢街道", "照旺庄村");
        TestMarketplace.Shop shop = market.aShop("laiyang-pear")
                .named("莱阳梨专业合作社")
                .inVillage(VILLAGE)
                .selling("莱阳梨")
                .staff("laiyang.staff", "pear-laiyang-2026")
                .open();
        long pear = market.aProduct(shop, "莱阳茌梨")
                .priced("49.90")
                .withBatch(30)
                .create()
                .id();
        catalog.openPavilion(
                TestMarketplace.OPERATOR,
                new OpenPavilionCommand("laiyang", "370687", "莱阳特产馆", "Laiyang", "梨乡莱阳", null, null));
        catalog.pickProduct(TestMarketplace.OPERATOR, "laiyang", pear, 0);
        promotions.createFestival(
                TestMarketplace.OPERATOR, festival("laiyang-pear-festival", "莱阳梨花节", today, 3, 0, "laiyang"));
        promotions.createFestival(
                TestMarketplace.OPERATOR, festival("pear-harvest-soon", "梨子丰收季", today.plusDays(5), 7, 10, null));
        promotions.createFestival(
                TestMarketplace.OPERATOR, festival("far-away-fair", "遥远的集市", today.plusDays(200), 7, 10, null));
        accounts.register(new RegisterAccountCommand("laiyang.ops", "laiyang-ops-2026", "莱阳运营", Role.OPERATOR));
    }

    @Test
    void theCalendarShowsWhatIsOnAndACountdownToWhatComes() {
        String page = http.toBlocking().retrieve("/festivals");

        assertThat(page).contains("莱阳梨花节", "进行中", "梨子丰收季", "预热中，还有 5 天开幕").doesNotContain("遥远的集市");
        assertThat(page.indexOf("莱阳梨花节")).as("what is on comes first").isLessThan(page.indexOf("梨子丰收季"));
        String json = http.toBlocking().retrieve("/api/v1/festivals?days=365");
        assertThat(json)
                .contains(
                        "\"slug\":\"laiyang-pear-festival\"",
                        "\"phase\":\"ON\"",
                        "\"phase\":\"WARM_UP\"",
                        "far-away-fair");
    }

    @Test
    void aFestivalPageShowsItsPavilionsPicksAtTheirPrices() {
        String page = http.toBlocking().retrieve("/festivals/laiyang-pear-festival");

        assertThat(page).contains("莱阳梨花节", "莱阳特产馆", "莱阳茌梨", "49.90");
        assertThat(FormClient.send(http, HttpRequest.GET("/festivals/no-such-festival"))
                        .code())
                .isEqualTo(404);
        assertThat(FormClient.send(http, HttpRequest.GET("/api/v1/festivals/no-such-festival"))
                        .code())
                .isEqualTo(404);
    }

    @Test
    void operatorsAddFestivalsOthersCannotAndBadInputChangesNothing() {
        FormClient operator = FormClient.signIn(http, "laiyang.ops", "laiyang-ops-2026");
        HttpResponse<String> refused = operator.post(
                "/ops/festivals",
                List.of(
                        Map.entry("nameZh", "中秋节"),
                        Map.entry("nameEn", "Mid-Autumn"),
                        Map.entry("ruleKind", "LUNAR"),
                        Map.entry("month", "8"),
                        Map.entry("day", "31"),
                        Map.entry("lengthDays", "5"),
                        Map.entry("warmUpDays", "7")));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("日期规则无效");
        assertThat(FormClient.send(http, HttpRequest.GET("/festivals/mid-autumn"))
                        .code())
                .isEqualTo(404);

        HttpResponse<String> added = operator.post(
                "/ops/festivals",
                List.of(
                        Map.entry("nameZh", "中秋节"),
                        Map.entry("nameEn", "Mid-Autumn"),
                        Map.entry("ruleKind", "LUNAR"),
                        Map.entry("month", "8"),
                        Map.entry("day", "15"),
                        Map.entry("lengthDays", "5"),
                        Map.entry("warmUpDays", "7")));
        assertThat(added.code()).isEqualTo(303);
        assertThat(operator.get("/ops/festivals").body()).contains("中秋节", "每年农历 8 月 15 日");
        assertThat(http.toBlocking().retrieve("/festivals/mid-autumn")).contains("中秋节");

        Map<String, Object> json = new HashMap<>();
        json.put("nameZh", "双12");
        json.put("slug", "double-twelve");
        json.put("rule", Map.of("kind", "FIXED", "month", 12, "day", 12, "offsetDays", 0));
        json.put("lengthDays", 1);
        json.put("warmUpDays", 3);
        assertThat(FormClient.send(http, HttpRequest.POST("/api/v1/ops/festivals", json))
                        .code())
                .as("anonymous")
                .isIn(401, 403);
        FormClient staff = FormClient.signIn(http, "laiyang.staff", "pear-laiyang-2026");
        assertThat(staff.json(HttpRequest.POST("/api/v1/ops/festivals", json), true)
                        .code())
                .isEqualTo(403);
        assertThat(staff.get("/ops/festivals").code()).isEqualTo(403);
        assertThat(operator.json(HttpRequest.POST("/api/v1/ops/festivals", json), true)
                        .code())
                .isEqualTo(201);
        assertThat(operator.json(HttpRequest.POST("/api/v1/ops/festivals", json), true)
                        .code())
                .as("the same slug again")
                .isEqualTo(409);
    }

    private static CreateFestivalCommand festival(
            String slug, String name, LocalDate starts, int length, int warmUp, String pavilion) {
        return new CreateFestivalCommand(
                slug,
                name,
                null,
                null,
                null,
                FestivalDateRule.fixed(starts.getMonthValue(), starts.getDayOfMonth()),
                length,
                warmUp,
                pavilion);
    }
}
