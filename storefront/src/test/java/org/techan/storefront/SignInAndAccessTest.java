package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.techan.catalog.BusinessLicenceNumber;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;

/** Sign-in, sessions, CSRF and who may open which console, over real HTTP against MySQL. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInAndAccessTest {

    private static final Actor SYSTEM = new Actor(0, Role.OPERATOR);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    Accounts accounts;

    @BeforeAll
    void anjiTeaShops() {
        market.regions("330523100201", "浙江省/Zhejiang", "湖州市/Huzhou", "安吉县/Anji", "溪龙乡/Xilong", "黄杜村");
        shop("anji-white-tea", "安吉白茶合作社");
        shop("anji-bamboo", "安吉竹笋合作社");
        catalog.changeShopStatus(SYSTEM, "anji-white-tea", ShopStatus.APPROVED);
        catalog.addShopStaff(
                SYSTEM, "anji-white-tea", new RegisterAccountCommand("tea.staff", "white-tea-2026", "黄杜茶农", null));
        catalog.addShopStaff(
                SYSTEM, "anji-bamboo", new RegisterAccountCommand("bamboo.staff", "bamboo-shoot-2026", "竹农", null));
        accounts.register(new RegisterAccountCommand("ops.anji", "operator-2026", "运营小安", Role.OPERATOR));
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndBroughtBack() {
        HttpResponse<String> coop = send(HttpRequest.GET("/coop"), null);
        HttpResponse<String> ops = send(HttpRequest.GET("/ops?status=APPLIED"), null);

        assertThat(coop.code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        assertThat(coop.header("Location")).isEqualTo("/sign-in?next=%2Fcoop");
        assertThat(ops.header("Location")).isEqualTo("/sign-in?next=%2Fops%3Fstatus%3DAPPLIED");
    }

    @Test
    void staffSignInLandsOnTheirOwnShopAndNeverOnTheConsole() {
        String session = signIn("tea.staff", "white-tea-2026", null);

        HttpResponse<String> coop = send(HttpRequest.GET("/coop"), session);
        assertThat(coop.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(coop.body()).contains("安吉白茶合作社", "黄杜茶农", "退出登录").doesNotContain("安吉竹笋合作社");

        HttpResponse<String> ops = send(HttpRequest.GET("/ops"), session);
        assertThat(ops.code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(ops.body()).contains("无权访问");
    }

    @Test
    void aWrongPasswordShowsAMessageAndOpensNoSession() {
        Form form = signInForm();
        HttpResponse<String> refused =
                send(form.post("/sign-in", Map.of("login", "tea.staff", "password", "green-tea")), null);

        assertThat(refused.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(refused.body()).contains("登录名或密码不正确。").contains("value=\"tea.staff\"");
        assertThat(refused.getCookie("techan_session")).isEmpty();
    }

    @Test
    void signInWithoutTheFormsTokenIsRefused() {
        MutableHttpRequest<Map<String, String>> forged = HttpRequest.POST(
                        "/sign-in", Map.of("login", "tea.staff", "password", "white-tea-2026"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);

        HttpResponse<String> refused = send(forged, null);

        assertThat(refused.code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(refused.body()).contains("表单已过期");
        assertThat(refused.getCookie("techan_session")).isEmpty();
    }

    /** A cookie and field the attacker made up together (or planted from a sibling domain). */
    @ParameterizedTest
    @ValueSource(strings = {"/sign-in", "/sign-up", "/apply", "/cart/lines", "/cart/lines/1", "/sign-out"})
    void aMadeUpTokenPairIsRefusedEverywhere(String path) {
        for (String made : List.of("x", "nonce.signature", "AAAA.AAAA")) {
            MutableHttpRequest<String> forged = HttpRequest.POST(
                            path, "login=tea.staff&password=white-tea-2026&skuId=1&quantity=1&_csrf=" + made)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                    .header("X-CSRF-Token", made)
                    .cookie(Cookie.of("techan_csrf", made));

            HttpResponse<String> refused = send(forged, null);

            assertThat(refused.code()).as(path + " with " + made).isEqualTo(HttpStatus.FORBIDDEN.getCode());
            assertThat(refused.getCookie("techan_session")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sign-in", "/sign-up", "/apply"})
    void garbledFormsAreABadRequestNotAFailure(String path) {
        String token = signInForm().csrfCookie();
        for (String garbled : List.of("login=%zz%&password=x", "login=%E4%B8&password=%", "login=a&password=%2")) {
            HttpResponse<String> refused = send(
                    HttpRequest.POST(path, "_csrf=" + token + "&" + garbled)
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                            .cookie(Cookie.of("techan_csrf", token)),
                    null);

            assertThat(refused.code()).as(path + " " + garbled).isBetween(400, 422);
            assertThat(refused.getCookie("techan_session")).isEmpty();
        }
    }

    @Test
    void guessingBacksOffWithRetryAfterOnTheFormAndTheApi() {
        accounts.register(new RegisterAccountCommand("guessed.clerk", "right-password-1", "被猜的人", Role.CONSUMER));
        for (int i = 0; i < 5; i++) {
            assertThat(send(
                                    HttpRequest.POST(
                                                    "/api/v1/sessions",
                                                    Map.of("login", "guessed.clerk", "password", "guess-" + i))
                                            .contentType(MediaType.APPLICATION_JSON_TYPE),
                                    null)
                            .code())
                    .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        }

        HttpResponse<String> api = send(
                HttpRequest.POST("/api/v1/sessions", Map.of("login", "guessed.clerk", "password", "right-password-1"))
                        .contentType(MediaType.APPLICATION_JSON_TYPE),
                null);
        HttpResponse<String> form = send(
                signInForm().post("/sign-in", Map.of("login", "guessed.clerk", "password", "right-password-1")), null);

        assertThat(api.code()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.getCode());
        assertThat(Integer.parseInt(api.header("Retry-After"))).isBetween(1, 30);
        assertThat(form.code()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.getCode());
        assertThat(form.header("Retry-After")).isNotBlank();
        assertThat(form.body()).contains("尝试次数过多").contains("value=\"guessed.clerk\"");
        assertThat(form.getCookie("techan_session")).isEmpty();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsJustAWrongPassword() {
        String tooLong = "长".repeat(30);
        HttpResponse<String> form =
                send(signInForm().post("/sign-in", Map.of("login", "tea.staff", "password", tooLong)), null);
        HttpResponse<String> api = send(
                HttpRequest.POST("/api/v1/sessions", Map.of("login", "tea.staff", "password", tooLong))
                        .contentType(MediaType.APPLICATION_JSON_TYPE),
                null);

        assertThat(form.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(form.body()).contains("登录名或密码不正确。");
        assertThat(api.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        HttpResponse<String> longLogin = send(
                HttpRequest.POST("/api/v1/sessions", Map.of("login", "l".repeat(5_000), "password", "whatever-1"))
                        .contentType(MediaType.APPLICATION_JSON_TYPE),
                null);
        assertThat(longLogin.code())
                .as("a login longer than any account's is simply unknown")
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
    }

    @Test
    void theIssuedAnonymousTokenIsSignedAndWorksOnlyAsIssued() {
        Form form = signInForm();
        assertThat(form.csrfCookie()).matches("[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}");
        String tampered = (form.csrfCookie().startsWith("A") ? "B" : "A")
                + form.csrfCookie().substring(1);

        HttpResponse<String> refused = send(
                new Form(tampered).post("/sign-in", Map.of("login", "tea.staff", "password", "white-tea-2026")), null);

        assertThat(refused.code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(send(form.post("/sign-in", Map.of("login", "tea.staff", "password", "white-tea-2026")), null)
                        .code())
                .isEqualTo(HttpStatus.SEE_OTHER.getCode());
    }

    @Test
    void operatorApprovesAShopOnlyWithTheSessionsToken() {
        String session = signIn("ops.anji", "operator-2026", null);
        String console = send(HttpRequest.GET("/ops?status=APPLIED"), session).body();
        assertThat(console).contains("安吉竹笋合作社", "批准开业");

        Map<String, String> approve = Map.of("status", "APPROVED", "from", "APPLIED");
        HttpResponse<String> forged = send(
                HttpRequest.POST("/ops/shops/anji-bamboo/status", approve)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                session);
        assertThat(forged.code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(catalog.shop("anji-bamboo").status()).isEqualTo(ShopStatus.APPLIED);

        Map<String, String> withToken = new LinkedHashMap<>(approve);
        withToken.put("_csrf", token(console));
        HttpResponse<String> approved = send(
                HttpRequest.POST("/ops/shops/anji-bamboo/status", withToken)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                session);
        assertThat(approved.code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        assertThat(catalog.shop("anji-bamboo").status()).isEqualTo(ShopStatus.APPROVED);
        catalog.changeShopStatus(SYSTEM, "anji-bamboo", ShopStatus.SUSPENDED);
    }

    @Test
    void staffCannotUseTheOperatorsActionsEvenWithAValidToken() {
        String session = signIn("bamboo.staff", "bamboo-shoot-2026", null);
        String coop = send(HttpRequest.GET("/coop"), session).body();

        HttpResponse<String> attempt = send(
                HttpRequest.POST("/ops/shops/anji-bamboo/status", Map.of("status", "APPROVED", "_csrf", token(coop)))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                session);

        assertThat(attempt.code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(catalog.shop("anji-bamboo").status()).isNotEqualTo(ShopStatus.APPROVED);
    }

    @Test
    void signInGoesBackToTheRequestedPageButNeverOffSite() {
        Form form = signInForm();
        HttpResponse<String> back = send(
                form.post(
                        "/sign-in",
                        Map.of("login", "ops.anji", "password", "operator-2026", "next", "/ops?status=SUSPENDED")),
                null);
        assertThat(back.header("Location")).isEqualTo("/ops?status=SUSPENDED");

        Form again = signInForm();
        HttpResponse<String> offSite = send(
                again.post(
                        "/sign-in",
                        Map.of("login", "ops.anji", "password", "operator-2026", "next", "//evil.example/x")),
                null);
        assertThat(offSite.header("Location")).isEqualTo("/ops");
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        String session = signIn("tea.staff", "white-tea-2026", null);
        String coop = send(HttpRequest.GET("/coop"), session).body();

        HttpResponse<String> out = send(
                HttpRequest.POST("/sign-out", Map.of("_csrf", token(coop)))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                session);
        assertThat(out.code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());

        HttpResponse<String> replayed = send(HttpRequest.GET("/coop"), session);
        assertThat(replayed.code()).as("the old cookie is worthless").isEqualTo(HttpStatus.SEE_OTHER.getCode());
    }

    @Test
    void operatorsCurateRegionsCategoriesAndPavilionsThroughTheConsole() {
        FormClient operator = FormClient.signIn(http, "ops.anji", "operator-2026");
        assertThat(operator.get("/ops/catalog").body()).contains("地区、分类与特产馆");

        // A village of a township that is only in the national divisions: no code typed, one is assigned.
        assertThat(operator.post(
                                "/ops/catalog/villages",
                                List.of(
                                        Map.entry("province", "330000000000"),
                                        Map.entry("city", "330500000000"),
                                        Map.entry("county", "330523000000"),
                                        Map.entry("township", "330523108000"),
                                        Map.entry("code", ""),
                                        Map.entry("nameZh", "大溪村"),
                                        Map.entry("nameEn", "Daxi")))
                        .code())
                .isEqualTo(303);
        assertThat(catalog.childRegions(RegionCode.parse("330523108")))
                .extracting(RegionView::nameZh)
                .containsExactly("大溪村");
        assertThat(catalog.region(RegionCode.parse("330523108")).nameZh()).isEqualTo("天荒坪镇");
        assertThat(operator.post(
                                "/ops/catalog/categories",
                                List.of(
                                        Map.entry("slug", ""),
                                        Map.entry("nameZh", "安吉白茶"),
                                        Map.entry("nameEn", "Anji white tea"),
                                        Map.entry("parentSlug", "tea")))
                        .code())
                .isEqualTo(303);
        assertThat(catalog.category("anji-white-tea").parentSlug()).isEqualTo("tea");
        assertThat(operator.post(
                                "/ops/catalog/pavilions",
                                List.of(
                                        Map.entry("slug", "anji"),
                                        Map.entry("regionCode", "330523"),
                                        Map.entry("nameZh", "安吉县馆"),
                                        Map.entry("nameEn", "Anji Pavilion"),
                                        Map.entry("storyZh", "中国白茶之乡。"),
                                        Map.entry("storyEn", "")))
                        .code())
                .isEqualTo(303);
        assertThat(operator.post(
                                "/ops/catalog/pavilions/featured",
                                List.of(
                                        Map.entry("pavilionSlug", "anji"),
                                        Map.entry("shopSlug", "anji-white-tea"),
                                        Map.entry("position", "1")))
                        .code())
                .isEqualTo(303);
        assertThat(FormClient.send(http, HttpRequest.GET("/pavilions/anji")).body())
                .contains("安吉县馆", "安吉白茶合作社");

        HttpResponse<String> noTownship = operator.post(
                "/ops/catalog/villages", List.of(Map.entry("province", "330000000000"), Map.entry("nameZh", "无乡村")));
        assertThat(noTownship.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(noTownship.body()).contains("请先逐级选到乡镇");
        HttpResponse<String> badCode = operator.post(
                "/ops/catalog/villages",
                List.of(Map.entry("township", "330523108000"), Map.entry("code", "abc"), Map.entry("nameZh", "乱码村")));
        assertThat(badCode.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(catalog.childRegions(RegionCode.parse("330523108"))).hasSize(1);

        FormClient staff = FormClient.signIn(http, "tea.staff", "white-tea-2026");
        assertThat(staff.post(
                                "/ops/catalog/categories",
                                List.of(
                                        Map.entry("slug", "sneaky"),
                                        Map.entry("nameZh", "偷偷"),
                                        Map.entry("nameEn", "Sneaky")))
                        .code())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    }

    @Test
    void aCooperativeAppliesItselfAndCanSignInWhileTheOperatorsReview() {
        String first17 = "93330523MA0000009";
        String farm = "huangdubaichajiatingnongchang";
        Map<String, String> application = new LinkedHashMap<>();
        application.put("kind", "FAMILY_FARM");
        application.put("nameZh", "黄杜白茶家庭农场");
        application.put("nameEn", "");
        // No web name: it is made from the Chinese name. The village is picked level by level.
        application.put("slug", "");
        application.put("province", "330000000000");
        application.put("city", "330500000000");
        application.put("county", "330523000000");
        application.put("township", "330523100000");
        application.put("village", "330523100201");
        application.put("specialtyZh", "白茶");
        application.put("businessLicence", first17 + "X");
        application.put("foodBusinessLicence", "");
        application.put("contactName", "盛阿林");
        application.put("contactPhone", "13905720009");
        application.put("login", "huangdu.farm");
        application.put("password", "white-tea-farm-1");

        HttpResponse<String> refused = send(signInForm().post("/apply", application), null);
        assertThat(refused.code()).as("a wrong check character").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(refused.body())
                .contains("统一社会信用代码", "value=\"黄杜白茶家庭农场\"")
                .as("the village stays picked")
                .contains("<option value=\"330523100201\" selected=\"selected\">黄杜村</option>");
        assertThatNoShop(farm);

        application.put("businessLicence", first17 + BusinessLicenceNumber.checkCharacter(first17));
        HttpResponse<String> applied = send(signInForm().post("/apply", application), null);
        assertThat(applied.code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        assertThat(send(HttpRequest.GET(applied.header("Location")), null).body())
                .contains("申请已提交");
        assertThat(catalog.shop(farm).status()).isEqualTo(ShopStatus.APPLIED);
        HttpResponse<String> proposed = send(
                HttpRequest.GET("/api/v1/slugs?kind=SHOP&nameZh="
                        + java.net.URLEncoder.encode("黄杜白茶家庭农场", java.nio.charset.StandardCharsets.UTF_8)),
                null);
        assertThat(proposed.body())
                .as("anyone filling in the form is proposed the next free web name")
                .contains("\"slug\":\"" + farm + "-2\"", "\"address\":\"/shops/" + farm + "-2\"");

        String session = signIn("huangdu.farm", "white-tea-farm-1", null);
        assertThat(send(HttpRequest.GET("/coop"), session).body()).contains("黄杜白茶家庭农场", "待审核");

        FormClient staff = FormClient.signIn(http, "huangdu.farm", "white-tea-farm-1");
        List<Map.Entry<String, String>> profile = new java.util.ArrayList<>(List.of(
                Map.entry("nameZh", "黄杜白茶生态农场"),
                Map.entry("nameEn", "Huangdu Eco Tea Farm"),
                Map.entry("specialtyZh", "安吉白茶"),
                Map.entry("contactName", "盛阿林"),
                Map.entry("contactPhone", "12345"),
                Map.entry("foodBusinessLicence", "")));
        HttpResponse<String> badPhone = staff.post("/coop/profile", profile);
        assertThat(badPhone.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(badPhone.body()).contains("联系电话“12345”无效");
        assertThat(catalog.shop(farm).nameZh()).isEqualTo("黄杜白茶家庭农场");

        profile.set(4, Map.entry("contactPhone", "13905720010"));
        profile.add(Map.entry("storyZh", "  黄杜村在天目山北麓。\r\n1980 年代引种白茶，如今家家种茶。  "));
        profile.add(Map.entry("storyEn", ""));
        assertThat(staff.post("/coop/profile", profile).code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        assertThat(catalog.shop(farm).nameZh()).isEqualTo("黄杜白茶生态农场");
        assertThat(catalog.shop(farm).storyZh())
                .as("paragraphs kept, ends trimmed")
                .isEqualTo("黄杜村在天目山北麓。\n1980 年代引种白茶，如今家家种茶。");
        assertThat(catalog.shop(farm).storyEn()).isNull();

        profile.set(6, Map.entry("storyZh", "茶".repeat(2001)));
        HttpResponse<String> tooLong = staff.post("/coop/profile", profile);
        assertThat(tooLong.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(tooLong.body()).contains("村庄故事不能超过 2000 个字");
        assertThat(catalog.shop(farm).storyZh()).startsWith("黄杜村");
        assertThat(catalog.shop("anji-white-tea").nameZh())
                .as("only their own shop")
                .isEqualTo("安吉白茶合作社");
    }

    private void assertThatNoShop(String slug) {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> catalog.shop(slug)))
                .isInstanceOf(org.techan.platform.NotFoundException.class);
    }

    /** Signs in through the form and returns the session cookie's value. */
    private String signIn(String login, String password, @Nullable String next) {
        Form form = signInForm();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("login", login, "password", password));
        if (next != null) {
            fields.put("next", next);
        }
        HttpResponse<String> response = send(form.post("/sign-in", fields), null);
        assertThat(response.code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        return response.getCookie("techan_session").orElseThrow().getValue();
    }

    private Form signInForm() {
        HttpResponse<String> page = send(HttpRequest.GET("/sign-in"), null);
        assertThat(page.code()).isEqualTo(HttpStatus.OK.getCode());
        String cookie = page.getCookie("techan_csrf").orElseThrow().getValue();
        assertThat(token(page.body())).isEqualTo(cookie);
        return new Form(cookie);
    }

    private record Form(String csrfCookie) {
        MutableHttpRequest<Map<String, String>> post(String uri, Map<String, String> fields) {
            Map<String, String> body = new LinkedHashMap<>(fields);
            body.put("_csrf", csrfCookie);
            return HttpRequest.POST(uri, body)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                    .cookie(Cookie.of("techan_csrf", csrfCookie));
        }
    }

    private static String token(String html) {
        return FormClient.token(html);
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request, @Nullable String session) {
        if (session != null) {
            request.cookie(Cookie.of("techan_session", session));
        }
        return FormClient.send(http, request);
    }

    private void shop(String slug, String name) {
        market.aShop(slug)
                .named(name)
                .inVillage("330523100201")
                .selling("白茶")
                .contact("黄先生", "13905720000")
                .apply();
    }
}
