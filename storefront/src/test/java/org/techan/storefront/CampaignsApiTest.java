package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.promotions.CreateFestivalCommand;
import org.techan.promotions.FestivalDateRule;
import org.techan.promotions.PromotionsApi;

/** Campaigns over HTTP: operators plan, move and review; shops enrol; nobody else does either. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignsApiTest {

    private static final String VILLAGE = "230184100203";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestMarketplace market;

    @Inject
    PromotionsApi promotions;

    @Inject
    Accounts accounts;

    private long rice;

    @BeforeAll
    void wuchangRice() {
        market.regions(VILLAGE, "黑龙江省/Heilongjiang", "哈尔滨市/Harbin", "五常市/Wuchang", "五常镇", "长山村");
        TestMarketplace.Shop shop = market.aShop("wuchang-rice-campaign")
                .named("五常稻花香合作社")
                .inVillage(VILLAGE)
                .selling("五常大米")
                .staff("wuchang.staff", "rice-wuchang-2026")
                .open();
        market.aShop("wuchang-other-campaign")
                .named("五常另一家")
                .inVillage(VILLAGE)
                .staff("wuchang.other", "rice-other-2026")
                .open();
        rice = market.aProduct(shop, "五常稻花香 5 千克")
                .priced("99.00")
                .withBatch(40)
                .create()
                .skuId();
        promotions.createFestival(
                TestMarketplace.OPERATOR,
                new CreateFestivalCommand(
                        "rice-harvest-api", "新米节", null, null, null, FestivalDateRule.fixed(10, 1), 10, 7, null));
        accounts.register(new RegisterAccountCommand("wuchang.ops", "wuchang-ops-2026", "五常运营", Role.OPERATOR));
    }

    @Test
    void operatorsPlanAndReviewShopsEnrolAndStrangersAreTurnedAway() {
        FormClient operator = FormClient.signIn(http, "wuchang.ops", "wuchang-ops-2026");
        FormClient staff = FormClient.signIn(http, "wuchang.staff", "rice-wuchang-2026");
        Map<String, Object> plan = Map.of(
                "festivalSlug", "rice-harvest-api", "nameZh", "新米直降", "shopSlugs", List.of("wuchang-rice-campaign"));

        assertThat(FormClient.send(http, HttpRequest.POST("/api/v1/ops/campaigns", plan))
                        .code())
                .isIn(401, 403);
        assertThat(staff.json(HttpRequest.POST("/api/v1/ops/campaigns", plan), true)
                        .code())
                .isEqualTo(403);
        HttpResponse<String> created = operator.json(HttpRequest.POST("/api/v1/ops/campaigns", plan), true);
        assertThat(created.code()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).as("for consumers unless it says so").contains("\"businessBuyers\":false");
        long campaign = firstId(created.body());
        Map<String, Object> forBusiness = new java.util.HashMap<>(plan);
        forBusiness.put("nameZh", "新米直降（批发也适用）");
        forBusiness.put("businessBuyers", true);
        HttpResponse<String> open = operator.json(HttpRequest.POST("/api/v1/ops/campaigns", forBusiness), true);
        assertThat(open.code()).as(open.body()).isEqualTo(201);
        assertThat(open.body()).contains("\"businessBuyers\":true");
        assertThat(operator.get("/ops/campaigns/" + firstId(open.body())).body())
                .contains("id=\"campaign-business\"", "批发采购也适用");
        String moves = "/api/v1/ops/campaigns/" + campaign + "/moves";

        HttpResponse<String> illegal = operator.json(HttpRequest.POST(moves, Map.of("to", "LIVE")), true);
        assertThat(illegal.code()).as(illegal.body()).isEqualTo(409);
        assertThat(operator.json(HttpRequest.POST(moves, Map.of()), true).code())
                .isEqualTo(422);
        assertThat(operator.json(HttpRequest.POST(moves, Map.of("to", "ENROLMENT")), true)
                        .code())
                .isEqualTo(200);

        String enrol = "/api/v1/coop/campaigns/" + campaign + "/enrolments";
        Map<String, Object> cut = Map.of("skuId", rice, "campaignPrice", "79.00", "capUnits", 20);
        assertThat(FormClient.signIn(http, "wuchang.other", "rice-other-2026")
                        .json(HttpRequest.POST(enrol, cut), true)
                        .code())
                .as("another shop's SKU")
                .isEqualTo(404);
        assertThat(staff.json(HttpRequest.POST(enrol, Map.of("skuId", rice, "campaignPrice", "120.00")), true)
                        .code())
                .as("above the current price")
                .isEqualTo(422);
        HttpResponse<String> enrolled = staff.json(HttpRequest.POST(enrol, cut), true);
        assertThat(enrolled.code()).as(enrolled.body()).isEqualTo(201);
        assertThat(staff.json(HttpRequest.POST(enrol, cut), true).code()).isEqualTo(409);
        assertThat(staff.json(HttpRequest.GET(enrol), false).body()).contains("\"state\":\"PENDING\"", "79.00");
        assertThat(staff.json(HttpRequest.GET("/api/v1/coop/festivals/rice-harvest-api/campaigns"), false)
                        .body())
                .contains("新米直降", "\"state\":\"ENROLMENT\"");

        String review = "/api/v1/ops/enrolments/" + firstId(enrolled.body()) + "/review";
        assertThat(staff.json(HttpRequest.POST(review, Map.of("approve", true)), true)
                        .code())
                .isEqualTo(403);
        assertThat(operator.json(HttpRequest.POST(review, Map.of("approve", false)), true)
                        .code())
                .as("a refusal without a reason")
                .isEqualTo(422);
        HttpResponse<String> approved = operator.json(HttpRequest.POST(review, Map.of("approve", true)), true);
        assertThat(approved.code()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("\"state\":\"APPROVED\"");
        assertThat(operator.json(HttpRequest.GET("/api/v1/ops/campaigns/" + campaign), false)
                        .body())
                .contains("\"to\":\"DRAFT\"", "\"to\":\"ENROLMENT\"");

        assertThat(http.toBlocking().retrieve("/festivals/rice-harvest-api")).doesNotContain("五常稻花香 5 千克");
        operator.json(HttpRequest.POST(moves, Map.of("to", "REVIEW")), true);
        operator.json(HttpRequest.POST(moves, Map.of("to", "WARM_UP")), true);
        assertThat(http.toBlocking().retrieve("/festivals/rice-harvest-api"))
                .as("warming up: the coming price")
                .contains("五常稻花香 5 千克", "预告价 ¥79.00", "¥99.00");
        operator.json(HttpRequest.POST(moves, Map.of("to", "LIVE")), true);
        assertThat(http.toBlocking().retrieve("/festivals/rice-harvest-api"))
                .as("live, but its festival edition is months away: still the coming price")
                .contains("预告价 ¥79.00");
    }

    @Test
    void aLadderCampaignTakesItsRuleAsJsonAndItsEnrolmentsNamePrices() {
        FormClient operator = FormClient.signIn(http, "wuchang.ops", "wuchang-ops-2026");
        FormClient staff = FormClient.signIn(http, "wuchang.staff", "rice-wuchang-2026");
        Map<String, Object> ladder = Map.of(
                "kind",
                "AMOUNT_OFF",
                "tiers",
                List.of(Map.of("threshold", "99", "off", "10"), Map.of("threshold", "199", "off", "30")));
        Map<String, Object> plan = Map.of(
                "festivalSlug",
                "rice-harvest-api",
                "nameZh",
                "新米满减",
                "shopSlugs",
                List.of("wuchang-rice-campaign"),
                "rule",
                ladder,
                "budget",
                "5000",
                "excludes",
                List.of("COUPON"));
        HttpResponse<String> backwards = operator.json(
                HttpRequest.POST(
                        "/api/v1/ops/campaigns",
                        Map.of(
                                "festivalSlug",
                                "rice-harvest-api",
                                "nameZh",
                                "倒过来",
                                "rule",
                                Map.of(
                                        "kind",
                                        "AMOUNT_OFF",
                                        "tiers",
                                        List.of(
                                                Map.of("threshold", "199", "off", "30"),
                                                Map.of("threshold", "99", "off", "10"))))),
                true);
        assertThat(backwards.code()).isEqualTo(422);
        assertThat(backwards.body()).contains("门槛和减额逐档递增");

        HttpResponse<String> created = operator.json(HttpRequest.POST("/api/v1/ops/campaigns", plan), true);
        assertThat(created.code()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"kind\":\"AMOUNT_OFF\"", "\"budget\":5000", "\"excludes\":[\"COUPON\"]");
        long campaign = firstId(created.body());
        String moves = "/api/v1/ops/campaigns/" + campaign + "/moves";
        operator.json(HttpRequest.POST(moves, Map.of("to", "ENROLMENT")), true);
        String enrol = "/api/v1/coop/campaigns/" + campaign + "/enrolments";
        assertThat(staff.json(HttpRequest.POST(enrol, Map.of("skuId", rice, "campaignPrice", "79.00")), true)
                        .body())
                .as("a ladder works from the current price")
                .contains("请不要填写活动价");
        HttpResponse<String> enrolled = staff.json(HttpRequest.POST(enrol, Map.of("skuId", rice)), true);
        assertThat(enrolled.code()).as(enrolled.body()).isEqualTo(201);
        operator.json(
                HttpRequest.POST(
                        "/api/v1/ops/enrolments/" + firstId(enrolled.body()) + "/review", Map.of("approve", true)),
                true);
        operator.json(HttpRequest.POST(moves, Map.of("to", "REVIEW")), true);
        operator.json(HttpRequest.POST(moves, Map.of("to", "WARM_UP")), true);

        assertThat(http.toBlocking().retrieve("/festivals/rice-harvest-api"))
                .contains("满 ¥99.00 减 ¥10.00 / 满 ¥199.00 减 ¥30.00", "10-01 开始");
    }

    private static long firstId(String json) {
        Matcher id = ID.matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return Long.parseLong(id.group(1));
    }
}
