package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.wholesale.CreditCode;
import org.techan.wholesale.OrganisationState;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.WholesaleApi;

/**
 * A canteen applies on the page and is signed in to watch the review; an operator refuses one
 * application with a reason and verifies another on theirs; the admin adds a buyer; the API does
 * the same, and nobody else reaches either.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholesaleOrganisationsTest {

    private static final String DISTRICT = "350103";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestMarketplace market;

    @Inject
    Accounts accounts;

    @Inject
    WholesaleApi wholesale;

    private final String run = Long.toString(System.currentTimeMillis() % 10_000_000L);
    private int serial;

    @BeforeAll
    void fuzhou() {
        market.regions(DISTRICT + "001001", "福建省/Fujian", "福州市/Fuzhou", "台江区/Taijiang", "茶亭街道", "茶亭社区");
        accounts.register(new RegisterAccountCommand("wholesale.ops", "wholesale-ops-2026", "批发运营", Role.OPERATOR));
    }

    @Test
    void aCanteenAppliesOnThePageAndAnOperatorAnswersOnHis() {
        String login = mobile();
        Map<String, String> form = application("台江区机关食堂", login);
        form.put("creditCode", "91350103MA2Y0P4B19");
        HttpResponse<String> mistyped = anonymousPost("/wholesale/apply", form);
        assertThat(mistyped.code()).isEqualTo(422);
        assertThat(mistyped.body())
                .contains("统一社会信用代码“91350103MA2Y0P4B19”无效", "台江区机关食堂")
                .as("what was typed stays, but not the password")
                .doesNotContain("canteen-pw-2026");

        form.put("creditCode", code());
        HttpResponse<String> applied = anonymousPost("/wholesale/apply", form);
        assertThat(applied.code()).as(applied.body()).isEqualTo(303);
        assertThat(applied.header("Location")).isEqualTo("/wholesale");
        String session = applied.getCookie("techan_session").orElseThrow().getValue();
        String page = FormClient.send(http, HttpRequest.GET("/wholesale").cookie(Cookie.of("techan_session", session)))
                .body();
        assertThat(page)
                .contains("台江区机关食堂", "正在等待运营人员审核", "管理员", "下一步：请上传营业执照扫描件", "id=\"licence-form\"")
                .doesNotContain("id=\"add-member\"");

        OrganisationView pending = wholesale.applications(TestMarketplace.OPERATOR).stream()
                .filter(o -> o.name().equals("台江区机关食堂") && o.state() == OrganisationState.PENDING)
                .findFirst()
                .orElseThrow();
        FormClient operator = FormClient.signIn(http, "wholesale.ops", "wholesale-ops-2026");
        assertThat(operator.get("/ops/wholesale").body())
                .contains("organisation-" + pending.id(), "台江区机关食堂", "no-licence-" + pending.id());
        HttpResponse<String> unlicensed = operator.post(
                "/ops/wholesale/" + pending.id() + "/review",
                List.of(Map.entry("decision", "VERIFY"), Map.entry("reason", "")));
        assertThat(unlicensed.code()).isEqualTo(409);
        assertThat(unlicensed.body()).contains("“台江区机关食堂”尚未上传营业执照扫描件");

        FormClient applicant = FormClient.signIn(http, login, "canteen-pw-2026");
        HttpResponse<String> wrongFile = applicant.upload(
                "/wholesale/licence",
                parts -> parts.addPart(
                        "licence", "licence.txt", MediaType.TEXT_PLAIN_TYPE, "营业执照".getBytes(StandardCharsets.UTF_8)),
                true);
        assertThat(wrongFile.code()).isEqualTo(422);
        assertThat(wrongFile.body()).contains("营业执照扫描件须为 JPG、PNG 或 PDF 文件");
        assertThat(applicant
                        .upload(
                                "/wholesale/licence",
                                parts -> parts.addPart(
                                        "licence",
                                        "licence.pdf",
                                        MediaType.APPLICATION_PDF_TYPE,
                                        WholesaleFixtures.LICENCE_SCAN),
                                false)
                        .code())
                .as("not without the form's token")
                .isEqualTo(403);
        assertThat(applicant
                        .upload(
                                "/wholesale/licence",
                                parts -> parts.addPart(
                                        "licence",
                                        "licence.pdf",
                                        MediaType.APPLICATION_PDF_TYPE,
                                        WholesaleFixtures.LICENCE_SCAN),
                                true)
                        .code())
                .isEqualTo(303);
        assertThat(applicant.get("/wholesale").body()).contains("id=\"licence-link\"");
        assertThat(operator.get("/ops/wholesale").body()).contains("licence-" + pending.id());
        HttpResponse<byte[]> scan = operator.getBytes("/ops/wholesale/" + pending.id() + "/licence");
        assertThat(scan.code()).isEqualTo(200);
        assertThat(scan.header("Content-Type")).startsWith("application/pdf");
        assertThat(scan.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(scan.body()).isEqualTo(WholesaleFixtures.LICENCE_SCAN);
        assertThat(applicant
                        .getBytes("/ops/wholesale/" + pending.id() + "/licence")
                        .code())
                .as("operators only")
                .isEqualTo(403);
        HttpResponse<String> noReason =
                operator.post("/ops/wholesale/" + pending.id() + "/review", List.of(Map.entry("decision", "REFUSE")));
        assertThat(noReason.code()).isEqualTo(422);
        assertThat(noReason.body()).contains("拒绝申请时请写明原因");
        assertThat(operator.post(
                                "/ops/wholesale/" + pending.id() + "/review",
                                List.of(Map.entry("decision", "VERIFY"), Map.entry("reason", "")))
                        .code())
                .isEqualTo(303);
        assertThat(operator.post(
                                "/ops/wholesale/" + pending.id() + "/review",
                                List.of(Map.entry("decision", "REFUSE"), Map.entry("reason", "重复")))
                        .code())
                .as("answered once")
                .isEqualTo(409);

        FormClient admin = FormClient.signIn(http, login, "canteen-pw-2026");
        assertThat(admin.get("/wholesale").body())
                .contains("已认证", "id=\"add-member\"")
                .as("the delivery address with its region")
                .contains("福建省 福州市 台江区 五一中路 18 号");
        String colleague = mobile();
        assertThat(admin.post(
                                "/wholesale/members",
                                List.of(
                                        Map.entry("displayName", "采购员小陈"),
                                        Map.entry("login", colleague),
                                        Map.entry("password", "buyer-pw-2026"),
                                        Map.entry("role", "BUYER")))
                        .code())
                .isEqualTo(303);
        FormClient buyer = FormClient.signIn(http, colleague, "buyer-pw-2026");
        assertThat(buyer.get("/wholesale").body()).contains("采购员小陈", "台江区机关食堂").doesNotContain("id=\"add-member\"");
        assertThat(buyer.post(
                                "/wholesale/members",
                                List.of(
                                        Map.entry("displayName", "越权"),
                                        Map.entry("login", mobile()),
                                        Map.entry("password", "buyer-pw-2026"),
                                        Map.entry("role", "ADMIN")))
                        .code())
                .as("a buyer is no admin")
                .isEqualTo(403);
        assertThat(buyer.get("/ops/wholesale").code()).isEqualTo(403);
        String shopperLogin = mobile();
        market.aConsumer(shopperLogin, "consumer-2026-pw");
        FormClient shopper = FormClient.signIn(http, shopperLogin, "consumer-2026-pw");
        assertThat(shopper.get("/wholesale").code())
                .as("a consumer is no wholesale buyer")
                .isEqualTo(403);
    }

    @Test
    void theApiAppliesReviewsAndManagesMembers() {
        String login = mobile();
        HttpResponse<String> applied = FormClient.send(
                http,
                HttpRequest.POST(
                        "/api/v1/wholesale/applications",
                        Map.of(
                                "name",
                                "台江海鲜酒楼",
                                "creditCode",
                                code(),
                                "kind",
                                "RESTAURANT",
                                "regionCode",
                                DISTRICT,
                                "street",
                                "江滨路 8 号",
                                "contact",
                                Map.of(
                                        "login",
                                        login,
                                        "password",
                                        "restaurant-pw-2026",
                                        "displayName",
                                        "林经理",
                                        "acceptedTerms",
                                        true,
                                        "termsVersion",
                                        accounts.legalTerms().version()))));
        assertThat(applied.code()).as(applied.body()).isEqualTo(201);
        assertThat(applied.body()).contains("\"state\":\"PENDING\"", "\"kind\":\"RESTAURANT\"");
        HttpResponse<String> bad = FormClient.send(
                http,
                HttpRequest.POST(
                        "/api/v1/wholesale/applications",
                        Map.of("name", "缺信用代码", "kind", "RESTAURANT", "regionCode", DISTRICT, "street", "x")));
        assertThat(bad.code()).isEqualTo(422);
        assertThat(bad.body()).contains("请填写统一社会信用代码");

        FormClient operator = FormClient.signIn(http, "wholesale.ops", "wholesale-ops-2026");
        long id = wholesale.applications(TestMarketplace.OPERATOR).stream()
                .filter(o -> o.name().equals("台江海鲜酒楼"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(operator.json(HttpRequest.GET("/api/v1/ops/wholesale/organisations"), false)
                        .body())
                .contains("台江海鲜酒楼");
        HttpResponse<String> verified = operator.json(
                HttpRequest.POST("/api/v1/ops/wholesale/organisations/" + id + "/review", Map.of("verify", true)),
                true);
        assertThat(verified.code()).as("no licence scan yet").isEqualTo(409);

        FormClient admin = FormClient.signIn(http, login, "restaurant-pw-2026");
        HttpResponse<String> attached =
                admin.raw(HttpRequest.PUT("/api/v1/wholesale/organisation/licence", WholesaleFixtures.LICENCE_SCAN)
                        .contentType(MediaType.APPLICATION_PDF_TYPE)
                        .header("X-CSRF-Token", admin.csrfToken()));
        assertThat(attached.code()).as(attached.body()).isEqualTo(200);
        assertThat(attached.body()).contains("\"licenceAttached\":true");
        assertThat(admin.getBytes("/api/v1/wholesale/organisation/licence").body())
                .isEqualTo(WholesaleFixtures.LICENCE_SCAN);
        assertThat(operator.getBytes("/api/v1/ops/wholesale/organisations/" + id + "/licence")
                        .body())
                .isEqualTo(WholesaleFixtures.LICENCE_SCAN);
        verified = operator.json(
                HttpRequest.POST("/api/v1/ops/wholesale/organisations/" + id + "/review", Map.of("verify", true)),
                true);
        assertThat(verified.code()).as(verified.body()).isEqualTo(200);
        HttpResponse<String> late =
                admin.raw(HttpRequest.PUT("/api/v1/wholesale/organisation/licence", WholesaleFixtures.LICENCE_SCAN)
                        .contentType(MediaType.APPLICATION_PDF_TYPE)
                        .header("X-CSRF-Token", admin.csrfToken()));
        assertThat(late.code()).as("a verified organisation's licence stays").isEqualTo(409);

        assertThat(admin.json(HttpRequest.GET("/api/v1/wholesale/delivery-locations"), false)
                        .body())
                .contains("\"label\":\"台江海鲜酒楼\"", "\"street\":\"江滨路 8 号\"");
        HttpResponse<String> cellar = admin.json(
                HttpRequest.POST(
                        "/api/v1/wholesale/delivery-locations",
                        Map.of("label", "海鲜池", "regionCode", DISTRICT, "street", "江滨路 10 号")),
                true);
        assertThat(cellar.code()).as(cellar.body()).isEqualTo(201);
        long cellarId = Long.parseLong(cellar.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        HttpResponse<String> coarse = admin.json(
                HttpRequest.POST(
                        "/api/v1/wholesale/delivery-locations",
                        Map.of("label", "仓库", "regionCode", "350100", "street", "x")),
                true);
        assertThat(coarse.code()).isEqualTo(422);
        assertThat(admin.json(HttpRequest.DELETE("/api/v1/wholesale/delivery-locations/" + cellarId), true)
                        .code())
                .isEqualTo(204);
        assertThat(admin.json(HttpRequest.DELETE("/api/v1/wholesale/delivery-locations/" + cellarId), true)
                        .code())
                .as("removed once")
                .isEqualTo(404);
        long only = wholesale
                .deliveryLocations(
                        accounts.authenticate(login, "restaurant-pw-2026", "t").actor())
                .get(0)
                .id();
        assertThat(admin.json(HttpRequest.DELETE("/api/v1/wholesale/delivery-locations/" + only), true)
                        .code())
                .as("the last one stays")
                .isEqualTo(409);

        assertThat(admin.json(HttpRequest.GET("/api/v1/wholesale/organisation"), false)
                        .body())
                .contains("\"state\":\"VERIFIED\"", "林经理");
        HttpResponse<String> added = admin.json(
                HttpRequest.POST(
                        "/api/v1/wholesale/members",
                        Map.of(
                                "login",
                                mobile(),
                                "password",
                                "approver-pw-2026",
                                "displayName",
                                "审批人老郑",
                                "roles",
                                List.of("APPROVER"))),
                true);
        assertThat(added.code()).as(added.body()).isEqualTo(201);
        HttpResponse<String> lastAdmin = admin.json(
                HttpRequest.PUT(
                        "/api/v1/wholesale/members/"
                                + accounts.authenticate(login, "restaurant-pw-2026", "t")
                                        .id() + "/roles",
                        Map.of("roles", List.of("BUYER"))),
                true);
        assertThat(lastAdmin.code()).isEqualTo(409);
        assertThat(FormClient.send(http, HttpRequest.GET("/api/v1/wholesale/organisation"))
                        .code())
                .isIn(401, 403);
        assertThat(admin.json(HttpRequest.GET("/api/v1/ops/wholesale/organisations"), false)
                        .code())
                .isEqualTo(403);
    }

    @Test
    void shopsOfferSkusWholesaleAndOnlyVerifiedBuyersReadTheOffers() {
        TestMarketplace.Shop shop = market.aShop("taijiang-tea-base-" + run)
                .named("台江茶叶基地")
                .inVillage(DISTRICT + "001001")
                .staff("taijiang.tea." + run, "tea-base-2026-pw")
                .open();
        long tea = market.aProduct(shop, "茉莉花茶 5 斤箱")
                .priced("300.00")
                .withBatch(100)
                .create()
                .skuId();
        FormClient staff = FormClient.signIn(http, "taijiang.tea." + run, "tea-base-2026-pw");
        HttpResponse<String> offered = staff.json(
                HttpRequest.PUT(
                        "/api/v1/coop/wholesale-offers/" + tea,
                        Map.of(
                                "pack",
                                "BOX",
                                "packNetGrams",
                                2500,
                                "minPacks",
                                5,
                                "increment",
                                5,
                                "tiers",
                                List.of(
                                        Map.of("minPacks", 5, "unitPrice", "260.00"),
                                        Map.of("minPacks", 20, "unitPrice", "240.00")),
                                "grade",
                                "FIRST",
                                "gradeStandard",
                                "GB/T 22292 一级")),
                true);
        assertThat(offered.code()).as(offered.body()).isEqualTo(200);
        HttpResponse<String> badTiers = staff.json(
                HttpRequest.PUT(
                        "/api/v1/coop/wholesale-offers/" + tea,
                        Map.of(
                                "pack", "BOX",
                                "packNetGrams", 2500,
                                "minPacks", 5,
                                "increment", 5,
                                "tiers", List.of(Map.of("minPacks", 10, "unitPrice", "260.00")))),
                true);
        assertThat(badTiers.code()).isEqualTo(422);
        assertThat(badTiers.body()).contains("第一档阶梯价须从起订量 5 件开始");
        assertThat(staff.json(HttpRequest.GET("/api/v1/coop/wholesale-offers"), false)
                        .body())
                .contains("\"unitPrice\":260.00", "\"unitPrice\":240.00");

        String login = mobile();
        OrganisationView canteen = wholesale.apply(
                new org.techan.wholesale.ApplyOrganisationCommand(
                        "台江区第二食堂",
                        code(),
                        org.techan.wholesale.OrganisationKind.CANTEEN,
                        DISTRICT,
                        "五一中路 20 号",
                        new org.techan.platform.SignUpCommand(
                                login,
                                "canteen-pw-2026",
                                "食堂李主任",
                                true,
                                accounts.legalTerms().version())),
                "test");
        FormClient buyer = FormClient.signIn(http, login, "canteen-pw-2026");
        assertThat(buyer.json(HttpRequest.GET("/api/v1/wholesale/offers?sku=" + tea), false)
                        .code())
                .as("not verified yet")
                .isEqualTo(403);
        WholesaleFixtures.licensed(wholesale, canteen);
        wholesale.review(TestMarketplace.OPERATOR, canteen.id(), true, null);
        assertThat(buyer.json(HttpRequest.GET("/api/v1/wholesale/offers?sku=" + tea), false)
                        .body())
                .contains("\"skuId\":" + tea, "\"minPacks\":20");
        String shopperLogin = mobile();
        market.aConsumer(shopperLogin, "consumer-2026-pw");
        FormClient shopper = FormClient.signIn(http, shopperLogin, "consumer-2026-pw");
        assertThat(shopper.json(HttpRequest.GET("/api/v1/wholesale/offers?sku=" + tea), false)
                        .code())
                .as("consumers never see wholesale prices")
                .isEqualTo(403);
        assertThat(staff.json(HttpRequest.DELETE("/api/v1/coop/wholesale-offers/" + tea), true)
                        .code())
                .isEqualTo(204);

        assertThat(staff.get("/coop/wholesale").body()).contains("offers-none", "offer-form");
        HttpResponse<String> dearer = staff.post(
                "/coop/wholesale",
                List.of(
                        Map.entry("skuId", Long.toString(tea)),
                        Map.entry("pack", "BOX"),
                        Map.entry("packNetGrams", "2500"),
                        Map.entry("minPacks", "5"),
                        Map.entry("increment", "5"),
                        Map.entry("price1", "260"),
                        Map.entry("packs2", "20"),
                        Map.entry("price2", "270")));
        assertThat(dearer.code()).isEqualTo(422);
        assertThat(dearer.body())
                .contains("件数越多单价越低")
                .as("what was typed stays")
                .contains("value=\"270\"");
        assertThat(staff.post(
                                "/coop/wholesale",
                                List.of(
                                        Map.entry("skuId", Long.toString(tea)),
                                        Map.entry("pack", "BOX"),
                                        Map.entry("packNetGrams", "2500"),
                                        Map.entry("minPacks", "5"),
                                        Map.entry("increment", "5"),
                                        Map.entry("price1", "260"),
                                        Map.entry("packs2", "20"),
                                        Map.entry("price2", "240"),
                                        Map.entry("grade", "FIRST")))
                        .code())
                .isEqualTo(303);
        assertThat(staff.get("/coop/wholesale").body())
                .contains("offer-" + tea, "5 件起订，每次加 5 件", "≥ 20 件：每件 ¥240.00", "一级");
        assertThat(staff.post("/coop/wholesale/" + tea + "/withdraw", List.of()).code())
                .isEqualTo(303);
        assertThat(staff.get("/coop/wholesale").body()).doesNotContain("offer-" + tea);
    }

    @Test
    void aBuyerChecksAQuickOrderOnThePageAndThroughTheApi() {
        TestMarketplace.Shop shop = market.aShop("taijiang-rice-base-" + run)
                .named("台江大米基地")
                .inVillage(DISTRICT + "001001")
                .open();
        long rice = market.aProduct(shop, "连江大米 25 斤袋")
                .priced("80.00")
                .withBatch(500)
                .create()
                .skuId();
        long gift = market.aProduct(shop, "大米礼盒")
                .priced("120.00")
                .withBatch(50)
                .create()
                .skuId();
        wholesale.saveOffer(
                shop.staff(),
                new org.techan.wholesale.OfferCommand(
                        rice,
                        org.techan.wholesale.PackKind.BAG,
                        12500,
                        10,
                        10,
                        null,
                        List.of(new org.techan.wholesale.PriceTier(10, new java.math.BigDecimal("68.00"))),
                        null,
                        null,
                        null,
                        null));
        String login = mobile();
        OrganisationView canteen = wholesale.apply(
                new org.techan.wholesale.ApplyOrganisationCommand(
                        "台江区第三食堂",
                        code(),
                        org.techan.wholesale.OrganisationKind.CANTEEN,
                        DISTRICT,
                        "五一中路 30 号",
                        new org.techan.platform.SignUpCommand(
                                login,
                                "canteen-pw-2026",
                                "食堂陈主任",
                                true,
                                accounts.legalTerms().version())),
                "test");
        WholesaleFixtures.licensed(wholesale, canteen);
        wholesale.review(TestMarketplace.OPERATOR, canteen.id(), true, null);
        FormClient buyer = FormClient.signIn(http, login, "canteen-pw-2026");
        assertThat(buyer.get("/wholesale/quick-order").body()).contains("quick-order-form");

        String lines = "sku,quantity\n" + rice + ",20\n" + gift + ",10\n";
        HttpResponse<String> checked =
                buyer.upload("/wholesale/quick-order", parts -> parts.addPart("lines", lines), true);
        assertThat(checked.code()).as(checked.body()).isEqualTo(200);
        assertThat(checked.body())
                .contains("第 3 行：“大米礼盒”不接受批发订购", "draft-line-" + rice, "¥1360.00")
                .as("the lines kept in the box to be fixed")
                .contains(gift + ",10");

        HttpResponse<String> problems =
                buyer.post("/wholesale/quick-order/problems", List.of(Map.entry("lines", lines)));
        assertThat(problems.code()).isEqualTo(200);
        assertThat(problems.header("Content-Disposition")).contains("quick-order-problems.csv");
        assertThat(problems.body()).startsWith("\uFEFF行号,问题").contains("3,\"“大米礼盒”不接受批发订购。\"");

        HttpResponse<String> api = FormClient.send(
                http,
                HttpRequest.POST(
                                "/api/v1/wholesale/quick-order-checks",
                                (rice + ",25\n").getBytes(StandardCharsets.UTF_8))
                        .contentType("text/csv")
                        .accept(MediaType.APPLICATION_JSON_TYPE)
                        .cookie(Cookie.of("techan_session", buyer.session()))
                        .header("X-CSRF-Token", buyer.csrfToken()));
        assertThat(api.code()).as(api.body()).isEqualTo(200);
        assertThat(api.body()).contains("\"problem\":\"wholesale.line.not-a-step\"", "\"line\":1");
        java.util.function.Supplier<HttpResponse<String>> upload = () -> FormClient.send(
                http,
                HttpRequest.POST(
                                "/api/v1/wholesale/quick-order-uploads",
                                (rice + ",25\n").getBytes(StandardCharsets.UTF_8))
                        .contentType("text/csv")
                        .accept(MediaType.APPLICATION_JSON_TYPE)
                        .header("X-File-Name", "weekly.csv")
                        .header("Idempotency-Key", "weekly-" + login)
                        .cookie(Cookie.of("techan_session", buyer.session()))
                        .header("X-CSRF-Token", buyer.csrfToken()));
        HttpResponse<String> uploaded = upload.get();
        assertThat(uploaded.code()).as(uploaded.body()).isEqualTo(201);
        String location = uploaded.header("Location");
        HttpResponse<String> again = upload.get();
        assertThat(again.header("Location"))
                .as("sent again under its key: the same upload")
                .isEqualTo(location);
        assertThat(location).startsWith("/api/v1/wholesale/quick-order-uploads/");
        assertThat(buyer.get(location).body())
                .as("its status, checked again")
                .contains("\"fileName\":\"weekly.csv\"", "wholesale.line.not-a-step");
        String shopperLogin = mobile();
        market.aConsumer(shopperLogin, "consumer-2026-pw");
        assertThat(FormClient.signIn(http, shopperLogin, "consumer-2026-pw")
                        .get("/wholesale/quick-order")
                        .code())
                .isEqualTo(403);
    }

    @Test
    void aBuyerPlacesACheckedQuickOrderAndPaysOnTheOrderPage() {
        TestMarketplace.Shop shop = market.aShop("taijiang-oil-base-" + run)
                .named("台江茶油基地")
                .inVillage(DISTRICT + "001001")
                .open();
        long oil = market.aProduct(shop, "茶油 5 升桶")
                .priced("150.00")
                .withBatch(300)
                .create()
                .skuId();
        wholesale.saveOffer(
                shop.staff(),
                new org.techan.wholesale.OfferCommand(
                        oil,
                        org.techan.wholesale.PackKind.CASE,
                        4600,
                        6,
                        6,
                        null,
                        List.of(new org.techan.wholesale.PriceTier(6, new java.math.BigDecimal("128.00"))),
                        null,
                        null,
                        null,
                        null));
        String login = mobile();
        OrganisationView canteen = wholesale.apply(
                new org.techan.wholesale.ApplyOrganisationCommand(
                        "台江区第五食堂",
                        code(),
                        org.techan.wholesale.OrganisationKind.CANTEEN,
                        DISTRICT,
                        "五一中路 50 号",
                        new org.techan.platform.SignUpCommand(
                                login,
                                "canteen-pw-2026",
                                "食堂林主任",
                                true,
                                accounts.legalTerms().version())),
                "test");
        WholesaleFixtures.licensed(wholesale, canteen);
        wholesale.review(TestMarketplace.OPERATOR, canteen.id(), true, null);
        FormClient buyer = FormClient.signIn(http, login, "canteen-pw-2026");
        // Its admin (the applicant) adds a second delivery location, the kitchen across town.
        assertThat(buyer.get("/wholesale").body())
                .contains("收货地点", "台江区第五食堂：福建省 福州市 台江区 五一中路 50 号", "id=\"add-location\"")
                .doesNotContain("remove-location-");
        HttpResponse<String> unnamed = buyer.post(
                "/wholesale/locations",
                List.of(
                        Map.entry("label", ""),
                        Map.entry("province", "350000"),
                        Map.entry("city", "350100"),
                        Map.entry("county", DISTRICT),
                        Map.entry("street", "江滨路 1 号")));
        assertThat(unnamed.code()).isEqualTo(422);
        assertThat(unnamed.body()).contains("请填写收货地点名称");
        assertThat(buyer.post(
                                "/wholesale/locations",
                                List.of(
                                        Map.entry("label", "江滨后厨"),
                                        Map.entry("province", "350000"),
                                        Map.entry("city", "350100"),
                                        Map.entry("county", DISTRICT),
                                        Map.entry("street", "江滨路 1 号")))
                        .code())
                .isEqualTo(303);
        Actor canteenAdmin =
                accounts.authenticate(login, "canteen-pw-2026", "test").actor();
        long riverside = wholesale.deliveryLocations(canteenAdmin).get(1).id();
        assertThat(buyer.get("/wholesale").body()).contains("江滨后厨：福建省 福州市 台江区 江滨路 1 号", "remove-location-" + riverside);
        String lines = oil + ",12\n";
        HttpResponse<String> checked =
                buyer.upload("/wholesale/quick-order", parts -> parts.addPart("lines", lines), true);
        assertThat(checked.body())
                .contains("place-form", "value=\"" + login + "\"", "value=\"食堂林主任\"")
                .as("both locations offered, the first chosen")
                .contains("id=\"deliverTo\"", "江滨后厨：福建省 福州市 台江区 江滨路 1 号")
                .containsPattern("<option value=\"\\d+\" selected=\"selected\">台江区第五食堂");
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"requestKey\" value=\"([^\"]+)\"")
                .matcher(checked.body());
        assertThat(key.find()).isTrue();
        String deliverOn = org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                .plusDays(2)
                .toString();
        List<Map.Entry<String, String>> form = List.of(
                Map.entry("requestKey", key.group(1)),
                Map.entry("lines", lines),
                Map.entry("expectedGoods", "1536.00"),
                Map.entry("purchaseOrder", ""),
                Map.entry("deliverOn", deliverOn),
                Map.entry("recipient", "林主任"),
                Map.entry("phone", login),
                Map.entry("deliverTo", String.valueOf(riverside)));

        HttpResponse<String> withoutPo = buyer.post("/wholesale/quick-order/place", form);
        assertThat(withoutPo.code()).isEqualTo(422);
        assertThat(withoutPo.body()).contains("请填写采购单号", "place-form", "value=\"林主任\"");

        List<Map.Entry<String, String>> complete = new java.util.ArrayList<>(form);
        complete.set(3, Map.entry("purchaseOrder", "CG-2026-0412"));
        HttpResponse<String> placed = buyer.post("/wholesale/quick-order/place", complete);
        assertThat(placed.code()).as(placed.body()).isEqualTo(303);
        String orderPage = placed.header("Location");
        assertThat(orderPage).startsWith("/orders/");
        assertThat(buyer.post("/wholesale/quick-order/place", complete).header("Location"))
                .as("sent twice: the same checkout")
                .isEqualTo(orderPage);
        HttpResponse<String> order = buyer.get(orderPage);
        assertThat(order.code()).isEqualTo(200);
        assertThat(order.body())
                .contains("采购单号 CG-2026-0412，要求 " + deliverOn + " 送达", "card-form", "1536.00", "江滨路 1 号");
        assertThat(buyer.post("/wholesale/locations/" + riverside + "/remove", List.of())
                        .code())
                .isEqualTo(303);
        assertThat(wholesale.deliveryLocations(canteenAdmin)).noneMatch(l -> l.id() == riverside);
        String number = orderPage.replace("/orders/", "");
        assertThat(buyer.get("/wholesale/orders").body()).contains("wholesale-order-" + number, "CG-2026-0412");
        assertThat(buyer.get("/wholesale/quick-order?reorder=" + number).body())
                .as("ordered again: the lines in the box")
                .contains(oil + ",12");
        assertThat(buyer.post(
                                "/wholesale/templates",
                                List.of(Map.entry("name", "每周茶油"), Map.entry("lines", oil + ",12\n")))
                        .code())
                .isEqualTo(303);
        long template = wholesale
                .templates(
                        accounts.authenticate(login, "canteen-pw-2026", "test").actor())
                .get(0)
                .id();
        assertThat(buyer.get("/wholesale/quick-order").body()).contains("每周茶油", "use-template-" + template);
        assertThat(buyer.get("/wholesale/quick-order?template=" + template).body())
                .contains(oil + ",12");

        HttpResponse<String> api = buyer.json(
                HttpRequest.POST(
                        "/api/v1/wholesale/orders",
                        Map.of(
                                "requestKey",
                                "api-" + run,
                                "text",
                                oil + ",6",
                                "purchaseOrder",
                                "CG-2026-0413",
                                "deliverOn",
                                deliverOn,
                                "recipient",
                                "林主任",
                                "phone",
                                login,
                                "expectedGoods",
                                "768.00")),
                true);
        assertThat(api.code()).as(api.body()).isEqualTo(201);
        assertThat(api.body()).contains("\"purchaseOrder\":\"CG-2026-0413\"");
        assertThat(buyer.json(HttpRequest.GET("/api/v1/wholesale/orders"), false)
                        .body())
                .contains(number, "CG-2026-0413");
    }

    @Test
    void anOrderAboveTheThresholdWaitsForAnApproverOnThePages() {
        TestMarketplace.Shop shop = market.aShop("taijiang-jasmine-base-" + run)
                .named("台江茶叶基地")
                .inVillage(DISTRICT + "001001")
                .open();
        long tea = market.aProduct(shop, "茉莉花茶 1 斤袋")
                .priced("90.00")
                .withBatch(300)
                .create()
                .skuId();
        wholesale.saveOffer(
                shop.staff(),
                new org.techan.wholesale.OfferCommand(
                        tea,
                        org.techan.wholesale.PackKind.BAG,
                        500,
                        10,
                        10,
                        null,
                        List.of(new org.techan.wholesale.PriceTier(10, new java.math.BigDecimal("70.00"))),
                        null,
                        null,
                        null,
                        null));
        String adminLogin = mobile();
        OrganisationView canteen = wholesale.apply(
                new org.techan.wholesale.ApplyOrganisationCommand(
                        "台江区第七食堂",
                        code(),
                        org.techan.wholesale.OrganisationKind.CANTEEN,
                        DISTRICT,
                        "五一中路 70 号",
                        new org.techan.platform.SignUpCommand(
                                adminLogin,
                                "canteen-pw-2026",
                                "食堂郑主任",
                                true,
                                accounts.legalTerms().version())),
                "test");
        WholesaleFixtures.licensed(wholesale, canteen);
        wholesale.review(TestMarketplace.OPERATOR, canteen.id(), true, null);
        FormClient admin = FormClient.signIn(http, adminLogin, "canteen-pw-2026");
        assertThat(admin.post("/wholesale/approval-threshold", List.of(Map.entry("threshold", "五百")))
                        .code())
                .isEqualTo(422);
        assertThat(admin.post("/wholesale/approval-threshold", List.of(Map.entry("threshold", "500")))
                        .code())
                .isEqualTo(303);
        assertThat(admin.get("/wholesale").body()).contains("商品金额超过 ¥500.00 的订单需审批人批准");
        String buyerLogin = mobile();
        admin.post(
                "/wholesale/members",
                List.of(
                        Map.entry("displayName", "采购小周"),
                        Map.entry("login", buyerLogin),
                        Map.entry("password", "canteen-buyer-2026"),
                        Map.entry("role", "BUYER")));
        FormClient buyer = FormClient.signIn(http, buyerLogin, "canteen-buyer-2026");
        String lines = tea + ",10\n";
        HttpResponse<String> checked =
                buyer.upload("/wholesale/quick-order", parts -> parts.addPart("lines", lines), true);
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"requestKey\" value=\"([^\"]+)\"")
                .matcher(checked.body());
        assertThat(key.find()).isTrue();
        HttpResponse<String> sent = buyer.post(
                "/wholesale/quick-order/place",
                List.of(
                        Map.entry("requestKey", key.group(1)),
                        Map.entry("lines", lines),
                        Map.entry("expectedGoods", "700.00"),
                        Map.entry("purchaseOrder", "QT-7-001"),
                        Map.entry(
                                "deliverOn",
                                org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                                        .plusDays(4)
                                        .toString()),
                        Map.entry("recipient", "周师傅"),
                        Map.entry("phone", buyerLogin)));
        assertThat(sent.code()).as(sent.body()).isEqualTo(303);
        assertThat(sent.header("Location")).startsWith("/wholesale/orders#requisition-");
        long id = Long.parseLong(sent.header("Location").replace("/wholesale/orders#requisition-", ""));
        assertThat(buyer.get("/wholesale/orders").body()).contains("requisition-" + id, "等待审批", "QT-7-001");

        assertThat(admin.get("/wholesale").body()).contains("1 个采购申请等待您审批");
        HttpResponse<String> noReason = admin.post(
                "/wholesale/requisitions/" + id + "/decision",
                List.of(Map.entry("decision", "refuse"), Map.entry("reason", "")));
        assertThat(noReason.code()).isEqualTo(422);
        assertThat(noReason.body()).contains("requisition-" + id);
        assertThat(admin.post("/wholesale/requisitions/" + id + "/decision", List.of(Map.entry("decision", "approve")))
                        .code())
                .isEqualTo(303);
        assertThat(buyer.get("/wholesale").body()).contains("1 个采购申请已审批");
        assertThat(buyer.get("/wholesale/orders").body()).contains("place-requisition-" + id, "审批人：食堂郑主任");

        HttpResponse<String> placed = buyer.post("/wholesale/requisitions/" + id + "/order", List.of());
        assertThat(placed.code()).as(placed.body()).isEqualTo(303);
        assertThat(placed.header("Location")).startsWith("/orders/");
        assertThat(buyer.get(placed.header("Location")).body()).contains("QT-7-001");
        assertThat(admin.post("/wholesale/requisitions/" + id + "/decision", List.of(Map.entry("decision", "approve")))
                        .code())
                .as("answered once")
                .isEqualTo(409);
    }

    @Test
    void shopsKeepPriceListsOnTheirWholesalePage() {
        TestMarketplace.Shop shop = market.aShop("taijiang-noodle-base-" + run)
                .named("台江线面基地")
                .inVillage(DISTRICT + "001001")
                .staff("noodle.staff." + run, "noodle-staff-2026")
                .open();
        long noodles = market.aProduct(shop, "福州线面 5 斤箱")
                .priced("45.00")
                .withBatch(100)
                .create()
                .skuId();
        wholesale.saveOffer(
                shop.staff(),
                new org.techan.wholesale.OfferCommand(
                        noodles,
                        org.techan.wholesale.PackKind.BOX,
                        2500,
                        10,
                        10,
                        null,
                        List.of(new org.techan.wholesale.PriceTier(10, new java.math.BigDecimal("38.00"))),
                        null,
                        null,
                        null,
                        null));
        FormClient staff = FormClient.signIn(http, "noodle.staff." + run, "noodle-staff-2026");
        String today = org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                .toString();
        List<Map.Entry<String, String>> form = new java.util.ArrayList<>(List.of(
                Map.entry("name", "食堂协议价"),
                Map.entry("audience", "ONE"),
                Map.entry("creditCode", "91350100MA00000000"),
                Map.entry("validFrom", today),
                Map.entry("sku", Long.toString(noodles)),
                Map.entry("price", "35.50"),
                Map.entry("requestKey", "noodle-list-" + run)));

        HttpResponse<String> unknown = staff.post("/coop/wholesale/price-lists", form);
        assertThat(unknown.code()).isEqualTo(422);
        assertThat(unknown.body()).contains("没有信用代码为", "value=\"35.50\"", "value=\"食堂协议价\"");

        form.set(1, Map.entry("audience", "CANTEEN"));
        form.set(2, Map.entry("creditCode", ""));
        assertThat(staff.post("/coop/wholesale/price-lists", form).code()).isEqualTo(303);
        assertThat(staff.post("/coop/wholesale/price-lists", form).code())
                .as("sent twice")
                .isEqualTo(303);
        assertThat(wholesale.shopPriceLists(shop.staff())).as("kept once").hasSize(1);
        String page = staff.get("/coop/wholesale").body();
        assertThat(page).contains("name=\"requestKey\" value=\"");
        assertThat(page).contains("食堂协议价", today + " 起长期有效", "1 个商品");
        long id = wholesale.shopPriceLists(shop.staff()).get(0).id();
        assertThat(staff.post("/coop/wholesale/price-lists/" + id + "/delete", List.of())
                        .code())
                .isEqualTo(303);
        assertThat(wholesale.shopPriceLists(shop.staff())).isEmpty();

        assertThat(staff.post("/coop/wholesale/freight", List.of(Map.entry("kg1", "500"), Map.entry("charge1", "80")))
                        .code())
                .as("no charge for heavier orders")
                .isEqualTo(422);
        assertThat(staff.post(
                                "/coop/wholesale/freight",
                                List.of(
                                        Map.entry("kg1", "500"),
                                        Map.entry("charge1", "80"),
                                        Map.entry("heavier", "350")))
                        .code())
                .isEqualTo(303);
        assertThat(staff.get("/coop/wholesale").body()).contains("不超过 500 公斤：¥80.00", "更重：¥350.00");
    }

    private Map<String, String> application(String name, String login) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("kind", "CANTEEN");
        form.put("regionCode", DISTRICT);
        form.put("street", "五一中路 18 号");
        form.put("displayName", "食堂王主任");
        form.put("login", login);
        form.put("password", "canteen-pw-2026");
        form.put("acceptTerms", "yes");
        form.put("termsVersion", accounts.legalTerms().version());
        return form;
    }

    private HttpResponse<String> anonymousPost(String path, Map<String, String> fields) {
        HttpResponse<String> page = FormClient.send(http, HttpRequest.GET(path));
        String anonymous = page.getCookie("techan_csrf").orElseThrow().getValue();
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", anonymous);
        String body = withToken.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return FormClient.send(
                http,
                HttpRequest.POST(path, body)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .cookie(Cookie.of("techan_csrf", anonymous)));
    }

    private String mobile() {
        return "137" + String.format("%08d", (Long.parseLong(run) * 13 + ++serial) % 100_000_000L);
    }

    private String code() {
        String first17 = "91350103" + String.format("%09d", (Long.parseLong(run) * 17 + ++serial) % 1_000_000_000L);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
