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

/**
 * Coupons over HTTP and on the pages: operators and shops issue them, anyone sees the coupon
 * centre, shoppers claim with a tap or a code and see their wallet, and the cart and checkout take
 * the best coupons unless the buyer asks for none.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "techan.promotions.live-prices-ttl", value = "0s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouponPagesTest {

    private static final String VILLAGE = "410328100201";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestMarketplace market;

    @Inject
    Accounts accounts;

    private long apples;
    private long appleProduct;

    @BeforeAll
    void luoningApples() {
        market.regions(VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "洛宁县/Luoning", "城郊乡", "上戈村");
        TestMarketplace.Shop shop = market.aShop("luoning-apple-coupons")
                .named("洛宁苹果领券社")
                .inVillage(VILLAGE)
                .staff("luoning.coupons", "apple-coupons-2026")
                .open();
        TestMarketplace.Product product = market.aProduct(shop, "洛宁红富士 5 斤")
                .priced("20.00")
                .withBatch(200)
                .create();
        apples = product.skuId();
        appleProduct = product.id();
        accounts.register(new RegisterAccountCommand("coupons.ops", "coupons-ops-2026", "领券运营", Role.OPERATOR));
        market.aConsumer("13600136001", "coupon-buyer-2026");
        market.aConsumer("13600136002", "coupon-buyer-2026");
    }

    @Test
    void aProductPageOffersTheShopsCouponsToClaimAndComesBackAfterwards() {
        FormClient staff = FormClient.signIn(http, "luoning.coupons", "apple-coupons-2026");
        HttpResponse<String> issued = staff.json(
                HttpRequest.POST(
                        "/api/v1/coop/coupons",
                        Map.of(
                                "nameZh",
                                "洛宁苹果商品页券",
                                "kind",
                                "FIXED",
                                "amountOff",
                                "2",
                                "claimFrom",
                                LocalDate.now().toString(),
                                "claimTo",
                                LocalDate.now().plusDays(10).toString(),
                                "useDays",
                                7,
                                "quantity",
                                50)),
                true);
        assertThat(issued.code()).as(issued.body()).isEqualTo(201);
        long coupon = firstId(issued.body());
        String product = "/products/" + appleProduct;

        assertThat(http.toBlocking().retrieve(product))
                .as("issued on this replica: on the product page at once, with a way to sign in for it")
                .contains("product-coupon-" + coupon, "洛宁苹果商品页券", "登录后领取");
        FormClient buyer = FormClient.signIn(http, "13600136002", "coupon-buyer-2026");
        assertThat(buyer.get(product).body()).contains("claim-" + coupon);
        HttpResponse<String> claimed =
                buyer.post("/coupons/" + coupon + "/claim", List.of(Map.entry("product", Long.toString(appleProduct))));
        assertThat(claimed.code()).isEqualTo(303);
        assertThat(claimed.header("Location")).isEqualTo(product + "?claimed=" + coupon + "#coupons");
        assertThat(buyer.get(product + "?claimed=" + coupon).body()).contains("领取成功");
        assertThat(buyer.get("/coupons").body()).as("in the wallet").contains("held-", "洛宁苹果商品页券");
        HttpResponse<String> again =
                buyer.post("/coupons/" + coupon + "/claim", List.of(Map.entry("product", Long.toString(appleProduct))));
        assertThat(again.code())
                .as("one per buyer: the reason, not a second coupon")
                .isEqualTo(409);
        assertThat(again.body()).contains("您已领取“洛宁苹果商品页券”");
    }

    @Test
    void issuedCouponsAreClaimedOnTheCentreAndTakenAtCheckoutUnlessTheBuyerSaysNone() {
        FormClient operator = FormClient.signIn(http, "coupons.ops", "coupons-ops-2026");
        FormClient staff = FormClient.signIn(http, "luoning.coupons", "apple-coupons-2026");
        String today = LocalDate.now().toString();
        String later = LocalDate.now().plusDays(30).toString();
        HttpResponse<String> platform = operator.json(
                HttpRequest.POST(
                        "/api/v1/ops/coupons",
                        Map.of(
                                "nameZh", "苹果季满30减8",
                                "kind", "FIXED",
                                "amountOff", "8",
                                "threshold", "30",
                                "claimFrom", today,
                                "claimTo", later,
                                "useDays", 7,
                                "quantity", 100,
                                "code", "apple2027")),
                true);
        assertThat(platform.code()).as(platform.body()).isEqualTo(201);
        assertThat(staff.json(HttpRequest.POST("/api/v1/ops/coupons", Map.of("nameZh", "越权")), true)
                        .code())
                .isEqualTo(403);
        HttpResponse<String> shopCoupon = staff.json(
                HttpRequest.POST(
                        "/api/v1/coop/coupons",
                        Map.of(
                                "nameZh",
                                "洛宁店铺无门槛券",
                                "kind",
                                "FIXED",
                                "amountOff",
                                "3",
                                "claimFrom",
                                today,
                                "claimTo",
                                later,
                                "useDays",
                                7,
                                "quantity",
                                100)),
                true);
        assertThat(shopCoupon.code()).as(shopCoupon.body()).isEqualTo(201);
        long shopCouponId = firstId(shopCoupon.body());
        HttpResponse<String> bad = staff.json(
                HttpRequest.POST(
                        "/api/v1/coop/coupons",
                        Map.of("nameZh", "坏券", "kind", "FIXED", "amountOff", "3", "claimFrom", today, "quantity", 1)),
                true);
        assertThat(bad.code()).isEqualTo(422);

        assertThat(http.toBlocking().retrieve("/coupons"))
                .contains("苹果季满30减8", "洛宁店铺无门槛券", "洛宁苹果领券社 店铺券", "登录后领取", "满 ¥30.00 减 ¥8.00");
        assertThat(http.toBlocking().retrieve("/api/v1/coupons")).contains("APPLE2027");
        assertThat(FormClient.send(http, HttpRequest.POST("/api/v1/coupon-claims", Map.of("code", "APPLE2027")))
                        .code())
                .isIn(401, 403);

        FormClient buyer = FormClient.signIn(http, "13600136001", "coupon-buyer-2026");
        HttpResponse<String> claimed = buyer.post("/coupons/" + shopCouponId + "/claim", List.of());
        assertThat(claimed.code()).isEqualTo(303);
        assertThat(buyer.get(claimed.header("Location")).body()).contains("已领取“洛宁店铺无门槛券”", "我的优惠券");
        HttpResponse<String> again = buyer.post("/coupons/" + shopCouponId + "/claim", List.of());
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.body()).contains("您已领取“洛宁店铺无门槛券”");
        assertThat(buyer.post("/coupons/claim", List.of(Map.entry("code", "nosuchcode")))
                        .code())
                .isEqualTo(404);
        assertThat(buyer.post("/coupons/claim", List.of(Map.entry("code", " apple2027 ")))
                        .code())
                .isEqualTo(303);
        assertThat(buyer.json(HttpRequest.GET("/api/v1/coupon-claims"), false).body())
                .contains("苹果季满30减8", "洛宁店铺无门槛券");

        buyer.post("/cart/lines", List.of(Map.entry("skuId", Long.toString(apples)), Map.entry("quantity", "1")));
        assertThat(buyer.get("/cart").body())
                .as("20 − 3 = 17: 13 short of the platform coupon's 30")
                .contains("再买 ¥13.00 可享“苹果季满30减8”", "已优惠 ¥3.00");
        buyer.post("/cart/lines/" + apples, List.of(Map.entry("quantity", "2")));
        assertThat(buyer.get("/cart").body())
                .as("40 − 3 at the shop, then 8 off 37 for the platform")
                .contains("洛宁店铺无门槛券", "苹果季满30减8", "29.00");

        assertThat(buyer.get("/checkout").body())
                .as("the checkout page offers the coupons, the best taken")
                .contains("已自动使用您最优惠的券", "洛宁店铺无门槛券", "苹果季满30减8", "29.00");
        assertThat(buyer.get("/checkout?couponChoice=1").body())
                .as("none ticked")
                .contains("只使用已勾选的优惠券", "40.00");
        Matcher shopClaim = Pattern.compile("\"claimId\":(\\d+),\"coupon\":\\{\"id\":" + shopCouponId + ",")
                .matcher(buyer.json(HttpRequest.GET("/api/v1/coupon-claims"), false)
                        .body());
        assertThat(shopClaim.find()).isTrue();
        assertThat(buyer.get("/checkout?couponChoice=1&coupon=" + shopClaim.group(1))
                        .body())
                .as("the shop coupon alone")
                .contains("37.00", "type=\"hidden\" name=\"coupon\" value=\"" + shopClaim.group(1) + "\"");

        HttpResponse<String> none = buyer.json(
                HttpRequest.POST(
                                "/api/v1/checkout",
                                Map.of(
                                        "lines", List.of(Map.of("skuId", apples, "quantity", 2)),
                                        "address",
                                                Map.of(
                                                        "recipient", "赵敏",
                                                        "phone", "13600136001",
                                                        "regionCode", "410328",
                                                        "street", "永宁大道 1 号"),
                                        "coupons", List.of()))
                        .header("Idempotency-Key", "coupons-none"),
                true);
        assertThat(none.code()).as(none.body()).isEqualTo(201);
        assertThat(none.body()).contains("\"goodsTotal\":40.00");
        HttpResponse<String> best = buyer.json(
                HttpRequest.POST(
                                "/api/v1/cart/checkout",
                                Map.of(
                                        "address",
                                        Map.of(
                                                "recipient", "赵敏",
                                                "phone", "13600136001",
                                                "regionCode", "410328",
                                                "street", "永宁大道 1 号")))
                        .header("Idempotency-Key", "coupons-best"),
                true);
        assertThat(best.code()).as(best.body()).isEqualTo(201);
        assertThat(best.body()).contains("\"goodsTotal\":29.00", "\"label\":\"苹果季满30减8\"");
        Matcher number = Pattern.compile("\"number\":\"([^\"]+)\"").matcher(best.body());
        assertThat(number.find()).isTrue();
        assertThat(buyer.get("/orders/" + number.group(1)).body())
                .as("the order page shows each line's discounts")
                .contains("洛宁店铺无门槛券 省 ¥3.00", "苹果季满30减8 省 ¥8.00");
    }

    private static long firstId(String json) {
        Matcher id = ID.matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return Long.parseLong(id.group(1));
    }
}
