package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.testsupport.TestInfrastructure;

/**
 * Bad input is a 4xx, never a 500: every route the router knows, as a stranger and as each role,
 * gets malformed, empty, mistyped and over-long bodies (JSON, forms, multipart) and nonsense
 * query parameters, always with a valid CSRF token so that the route itself has to answer.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
// A request that hangs is a failure of its own, not a stalled build.
@Property(name = "micronaut.http.client.read-timeout", value = "20s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputSweepTest implements TestPropertyProvider {

    private static final String LONG = "长".repeat(2_000);

    private static final List<String> JSON_BODIES = List.of(
            "{}",
            "null",
            "[]",
            "{\"login\":",
            "\"just text\"",
            "{\"lines\": [null], \"address\": null, \"fulfilments\": [null], \"day\": \"yesterday\", \"quantity\": -1}",
            "{\"login\": \"" + LONG + "\", \"password\": \"" + LONG + "\", \"displayName\": \"" + LONG
                    + "\", \"titleZh\": \"" + LONG + "\", \"cardNumber\": \"" + LONG + "\"}",
            "{\"skuId\": 99999999999999999999, \"page\": 2147483647, \"size\": -5, \"price\": \"NaN\"}");

    private static final List<String> FORM_BODIES = List.of(
            "",
            "login=%zz%&password=%",
            "skuId=abc&quantity=-1&day=2026-13-45&page=-1",
            "status=NOT_A_STATUS&from=&kind=&position=x&validFrom=nope",
            "titleZh=" + LONG + "&nameZh=" + LONG + "&login=" + LONG + "&password=" + LONG);

    private static final List<String> QUERIES = List.of(
            "?page=-1&size=0",
            "?page=2147483647&size=2147483647",
            "?page=abc&size=1e99&state=NOPE&day=13/45",
            "?q=" + URLEncoder.encode(LONG.substring(0, 500), StandardCharsets.UTF_8));

    /** Routes whose 500 means something else entirely; none so far. */
    private static final Set<String> NOT_SWEPT = Set.of();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    @Inject
    EmbeddedServer server;

    @Inject
    TestMarketplace market;

    @Inject
    Accounts accounts;

    private final Map<String, FormClient> signedIn = new HashMap<>();

    /**
     * A database and index of its own: every path names id 1, which must be this test's own shop,
     * product and SKU on every run, not whatever another test class happened to create first.
     */
    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", TestInfrastructure.separateDatabase("sweep"),
                "elasticsearch.index-prefix", TestInfrastructure.separateIndexPrefix("sweep"));
    }

    @BeforeAll
    void everyRole() {
        market.regions("130129100201", "河北省/Hebei", "石家庄市/Shijiazhuang", "赞皇县/Zanhuang", "赞皇镇", "大枣村");
        TestMarketplace.Shop shop = market.aShop("sweep-jujube")
                .named("扫描大枣合作社")
                .inVillage("130129100201")
                .selling("大枣")
                .contact("赵刚", "13903110009")
                .staff("sweep.staff", "sweep-staff-2026")
                .open();
        market.aProduct(shop, "扫描大枣")
                .inCategory("dried-preserved-fruit")
                .kept(TemperatureClass.AMBIENT, 365)
                .sku(new SkuCommand("1 斤", null, SaleUnit.BAG, 500, new BigDecimal("20.00")))
                .withBatch(
                        10,
                        org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                                .minusDays(10),
                        "东坡")
                .create();
        accounts.register(new RegisterAccountCommand("sweep.shopper", "sweep-shopper-2026", "买家", Role.CONSUMER));
        accounts.register(new RegisterAccountCommand("sweep.ops", "sweep-operator-2026", "运营", Role.OPERATOR));
        signedIn.put("consumer", FormClient.signIn(http, "sweep.shopper", "sweep-shopper-2026"));
        signedIn.put("staff", FormClient.signIn(http, "sweep.staff", "sweep-staff-2026"));
        signedIn.put("operator", FormClient.signIn(http, "sweep.ops", "sweep-operator-2026"));
    }

    @Test
    void noRouteAnswersMalformedInputWithA5xx() {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            String path = route.getUriMatchTemplate().expand(values(route));
            if (NOT_SWEPT.contains(path) || path.contains("/test-failures/")) {
                continue;
            }
            for (MutableHttpRequest<?> request : requests(route.getHttpMethod(), path, route)) {
                for (String role : List.of("anonymous", "consumer", "staff", "operator")) {
                    String what =
                            role + " " + request.getMethodName() + " " + request.getUri() + " " + abbreviated(request);
                    sent++;
                    // Printed before sending: should the JVM die mid-sweep, the log's last line names the request.
                    System.out.println("sweep " + sent + ": " + what);
                    try {
                        HttpResponse<String> response = send(role, copy(request));
                        if (response.code() >= 500) {
                            failures.add(what + " → " + response.code());
                        }
                    } catch (RuntimeException noAnswer) {
                        failures.add(what + " → " + noAnswer);
                    }
                }
            }
        }

        assertThat(sent).as("the sweep reached the routes").isGreaterThan(1_000);
        assertThat(failures).isEmpty();
    }

    /** Multipart bodies that are broken, sent by a plain HTTP client. */
    @Test
    void garbledUploadsAreRefusedNotFailed() throws Exception {
        List<String> uploads = router.uriRoutes()
                .filter(route -> route.explicitlyConsumes(MediaType.MULTIPART_FORM_DATA_TYPE))
                .map(route -> route.getUriMatchTemplate().expand(values(route)))
                .toList();
        assertThat(uploads).isNotEmpty();
        FormClient staff = signedIn.get("staff");
        java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();
        List<String> failures = new ArrayList<>();
        for (String path : uploads) {
            for (String body : List.of(
                    "--sweep\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + staff.csrfToken()
                            + "\r\n--sweep\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\n"
                            + "title,price\r\n\u0000,-1\r\n--sweep--\r\n",
                    "--sweep\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + staff.csrfToken()
                            + "\r\n--other\r\ngarbage",
                    "")) {
                java.net.http.HttpResponse<String> response = plain.send(
                        java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path))
                                .timeout(java.time.Duration.ofSeconds(20))
                                .header("Content-Type", "multipart/form-data; boundary=sweep")
                                .header("Cookie", "techan_session=" + staff.session())
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 500) {
                    failures.add(path + " " + body.length() + " bytes → " + response.statusCode());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static Map<String, Object> values(UriRouteInfo<?, ?> route) {
        Map<String, Object> values = new HashMap<>();
        for (String name : route.getUriMatchTemplate().getVariableNames()) {
            values.put(name, name.equals("action") ? "confirm" : "1");
        }
        return values;
    }

    private static List<MutableHttpRequest<?>> requests(HttpMethod method, String path, UriRouteInfo<?, ?> route) {
        List<MutableHttpRequest<?>> requests = new ArrayList<>();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            for (String query : QUERIES) {
                requests.add(HttpRequest.create(method, path + query));
            }
            return requests;
        }
        if (route.explicitlyConsumes(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            // Micronaut's client only builds well-formed multipart bodies: see garbledUploads.
            return requests;
        }
        if (route.explicitlyConsumes(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            for (String body : FORM_BODIES) {
                requests.add(HttpRequest.create(method, path)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .body(body));
            }
            return requests;
        }
        for (String body : JSON_BODIES) {
            requests.add(HttpRequest.create(method, path)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(body));
        }
        return requests;
    }

    private static MutableHttpRequest<?> copy(MutableHttpRequest<?> request) {
        MutableHttpRequest<Object> copy =
                HttpRequest.create(request.getMethod(), request.getUri().toString());
        request.getContentType().ifPresent(copy::contentType);
        request.getBody().ifPresent(copy::body);
        return copy;
    }

    /** Sends as the role, with that role's CSRF token in the header (forms too: the filter reads it first). */
    private HttpResponse<String> send(String role, MutableHttpRequest<?> request) {
        if (role.equals("anonymous")) {
            String csrf = FormClient.send(http, HttpRequest.GET("/sign-in"))
                    .getCookie("techan_csrf")
                    .orElseThrow()
                    .getValue();
            return FormClient.send(http, request.header("X-CSRF-Token", csrf).cookie(Cookie.of("techan_csrf", csrf)));
        }
        FormClient client = signedIn.get(role);
        return client.raw(request.header("X-CSRF-Token", client.csrfToken()));
    }

    private static String abbreviated(MutableHttpRequest<?> request) {
        String body = request.getBody().map(Object::toString).orElse("");
        return body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }
}
