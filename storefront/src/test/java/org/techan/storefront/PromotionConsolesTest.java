package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
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

/**
 * The promotion consoles as a clerk uses them: an operator plans a 满减 campaign and opens it, the
 * shop enrols a SKU and issues a coupon, the operator approves the enrolment, moves the campaign
 * on and reads its page; a form typed wrong shows its message and changes nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromotionConsolesTest {

    private static final String VILLAGE = "410328100202";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestMarketplace market;

    @Inject
    Accounts accounts;

    @Inject
    PromotionsApi promotions;

    private long sku;

    @BeforeAll
    void luoningWalnuts() {
        market.regions(VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "洛宁县/Luoning", "城郊乡", "下戈村");
        TestMarketplace.Shop shop = market.aShop("luoning-walnut-consoles")
                .named("洛宁核桃合作社")
                .inVillage(VILLAGE)
                .staff("walnut.consoles", "walnut-consoles-2026")
                .open();
        sku = market.aProduct(shop, "洛宁薄皮核桃 2 斤")
                .priced("46.00")
                .withBatch(60)
                .create()
                .skuId();
        accounts.register(new RegisterAccountCommand("consoles.ops", "consoles-ops-2026", "活动运营", Role.OPERATOR));
        promotions.createFestival(
                TestMarketplace.OPERATOR,
                new CreateFestivalCommand(
                        "walnut-harvest-consoles", "核桃节", null, null, null, FestivalDateRule.fixed(9, 20), 7, 7, null));
    }

    @Test
    void aCampaignIsPlannedEnrolledReviewedAndMovedThroughTheConsoles() {
        FormClient operator = FormClient.signIn(http, "consoles.ops", "consoles-ops-2026");
        FormClient staff = FormClient.signIn(http, "walnut.consoles", "walnut-consoles-2026");

        java.util.regex.Matcher keyField = java.util.regex.Pattern.compile("name=\"requestKey\" value=\"([^\"]+)\"")
                .matcher(operator.get("/ops/campaigns").body());
        assertThat(keyField.find())
                .as("the planning form carries its request's key")
                .isTrue();
        String key = keyField.group(1);
        HttpResponse<String> backwards = operator.post("/ops/campaigns", plan(key, "199", "30", "99", "10"));
        assertThat(backwards.code()).isEqualTo(422);
        assertThat(backwards.body())
                .contains("门槛和减额逐档递增")
                .as("kept for the corrected form")
                .contains(key);
        HttpResponse<String> planned = operator.post("/ops/campaigns", plan(key, "99", "10", "199", "30"));
        assertThat(planned.code()).as(planned.body()).isEqualTo(303);
        String page = planned.header("Location");
        HttpResponse<String> doubleClick = operator.post("/ops/campaigns", plan(key, "99", "10", "199", "30"));
        assertThat(doubleClick.header("Location"))
                .as("sent again: the same campaign, not a second")
                .isEqualTo(page);
        long campaign = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(operator.get(page).body()).contains("核桃满减", "满 ¥99.00 减 ¥10.00 / 满 ¥199.00 减 ¥30.00", "草稿");
        assertThat(operator.post(page + "/moves", List.of(Map.entry("to", "LIVE")))
                        .code())
                .as("not from a draft")
                .isEqualTo(409);
        assertThat(operator.post(page + "/moves", List.of(Map.entry("to", "ENROLMENT")))
                        .code())
                .isEqualTo(303);

        assertThat(staff.get("/coop/promotions").body()).contains("核桃满减", "洛宁薄皮核桃 2 斤");
        HttpResponse<String> priced = staff.post(
                "/coop/promotions/" + campaign + "/enrolments",
                List.of(Map.entry("skuId", Long.toString(sku)), Map.entry("campaignPrice", "40")));
        assertThat(priced.code()).as("a 满减 takes no price").isEqualTo(422);
        assertThat(staff.post(
                                "/coop/promotions/" + campaign + "/enrolments",
                                List.of(Map.entry("skuId", Long.toString(sku)), Map.entry("campaignPrice", "")))
                        .code())
                .isEqualTo(303);
        assertThat(staff.get("/coop/promotions").body()).contains("待审核");
        assertThat(staff.get(page).code()).as("operators only").isIn(401, 403);

        String today = LocalDate.now().toString();
        HttpResponse<String> coupon = staff.post(
                "/coop/promotions/coupons",
                List.of(
                        Map.entry("nameZh", "核桃店铺券"),
                        Map.entry("kind", "FIXED"),
                        Map.entry("amountOff", "6"),
                        Map.entry("threshold", "88"),
                        Map.entry("claimFrom", today),
                        Map.entry("claimTo", LocalDate.now().plusDays(10).toString()),
                        Map.entry("validity", "DAYS"),
                        Map.entry("useDays", "7"),
                        Map.entry("perBuyer", "1"),
                        Map.entry("quantity", "50")));
        assertThat(coupon.code()).as(coupon.body()).isEqualTo(303);
        assertThat(staff.get("/coop/promotions").body()).contains("核桃店铺券", "满 ¥88.00 减 ¥6.00", "已领 0/50 张");
        assertThat(http.toBlocking().retrieve("/coupons")).contains("核桃店铺券");

        String pending = operator.get(page).body();
        Matcher enrolment = Pattern.compile("id=\"approve-(\\d+)\"").matcher(pending);
        assertThat(enrolment.find()).as(pending).isTrue();
        String review = page + "/enrolments/" + enrolment.group(1);
        assertThat(operator.post(review, List.of(Map.entry("answer", "REFUSE"))).code())
                .as("a refusal needs a reason")
                .isEqualTo(422);
        assertThat(operator.post(review, List.of(Map.entry("answer", "APPROVE")))
                        .code())
                .isEqualTo(303);
        assertThat(operator.post(page + "/moves", List.of(Map.entry("to", "REVIEW")))
                        .code())
                .isEqualTo(303);
        String reviewed = operator.get(page).body();
        assertThat(reviewed).contains("已通过", "审核中", "还没有使用本活动的订单");
        assertThat(operator.get("/ops/campaigns").body()).contains("核桃满减", "审核中");
    }

    private static List<Map.Entry<String, String>> plan(
            String requestKey, String threshold1, String off1, String threshold2, String off2) {
        return List.of(
                Map.entry("requestKey", requestKey),
                Map.entry("festivalSlug", "walnut-harvest-consoles"),
                Map.entry("nameZh", "核桃满减"),
                Map.entry("shopSlugs", "luoning-walnut-consoles"),
                Map.entry("funder", "SHOP"),
                Map.entry("kind", "AMOUNT_OFF"),
                Map.entry("threshold1", threshold1),
                Map.entry("off1", off1),
                Map.entry("threshold2", threshold2),
                Map.entry("off2", off2));
    }
}
