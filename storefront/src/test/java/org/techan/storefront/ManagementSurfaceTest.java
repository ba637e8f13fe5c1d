package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.platform.Accounts;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;

/**
 * What a stranger, a shopper and an operator can reach of the management surface, over real HTTP:
 * only health (status for all, details for operators) and metrics (operators or the scrape token)
 * exist; a route nobody listed as public is refused.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "techan.metrics.token", value = ManagementSurfaceTest.SCRAPE_TOKEN)
@Property(name = "spec.name", value = "ManagementSurfaceTest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementSurfaceTest {

    static final String SCRAPE_TOKEN = "scrape-7f3c9a1e";

    /** Micronaut's built-in endpoints that must not exist at all, with the method that uses each. */
    private static final List<String> ABSENT = List.of(
            "GET /beans",
            "GET /info",
            "GET /loggers",
            "GET /env",
            "GET /routes",
            "GET /threaddump",
            "GET /metrics",
            "GET /caches",
            "POST /refresh",
            "POST /stop");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    Accounts accounts;

    private FormClient shopper;
    private FormClient operator;

    @BeforeAll
    void accounts() {
        accounts.register(new RegisterAccountCommand("surface.shopper", "shopper-pass-2026", "买家", Role.CONSUMER));
        accounts.register(new RegisterAccountCommand("surface.ops", "operator-pass-2026", "运营", Role.OPERATOR));
        shopper = FormClient.signIn(http, "surface.shopper", "shopper-pass-2026");
        operator = FormClient.signIn(http, "surface.ops", "operator-pass-2026");
    }

    @Test
    void builtInEndpointsDoNotExistForAnyone() {
        for (String endpoint : ABSENT) {
            assertThat(anonymous(endpoint).code()).as("anonymous " + endpoint).isEqualTo(404);
            assertThat(shopper.json(request(endpoint), true).code())
                    .as("shopper " + endpoint)
                    .isEqualTo(404);
            assertThat(operator.json(request(endpoint), true).code())
                    .as("operator " + endpoint)
                    .isEqualTo(404);
        }
    }

    @Test
    void healthShowsOnlyItsStatusExceptToOperators() throws IOException {
        for (HttpResponse<String> health : List.of(anonymous("GET /health"), shopper.get("/health"))) {
            assertThat(health.code()).isEqualTo(200);
            JsonNode body = json.readValue(health.body(), JsonNode.class);
            assertThat(body.get("status").getStringValue()).isEqualTo("UP");
            assertThat(body.get("details"))
                    .as("no URLs or versions for strangers")
                    .isNull();
            assertThat(health.body()).doesNotContain("jdbc:", "version");
        }

        JsonNode details =
                json.readValue(operator.get("/health").body(), JsonNode.class).get("details");
        assertThat(details.get("jdbc").get("status").getStringValue()).isEqualTo("UP");
        assertThat(details.get("search-engine").get("status").getStringValue()).isEqualTo("UP");
        assertThat(details.get("search-engine").get("details").get("nodes").getIntValue())
                .isGreaterThanOrEqualTo(1);
        JsonNode indexing = details.get("search-indexing").get("details");
        assertThat(indexing.get("waiting").getLongValue()).isGreaterThanOrEqualTo(0);
        assertThat(indexing.get("rebuild").getStringValue()).isIn("IDLE", "RUNNING", "DONE", "FAILED");
        JsonNode payments = details.get("payments").get("details");
        assertThat(payments.get("parkedEvents").getLongValue()).isGreaterThanOrEqualTo(0);
        assertThat(payments.get("unsentRefunds").getLongValue()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void metricsAreForOperatorsAndTheScraperOnly() {
        assertThat(anonymous("GET /prometheus").code()).isEqualTo(401);
        assertThat(shopper.get("/prometheus").code()).isEqualTo(403);
        assertThat(scrape("Bearer not-the-token").code()).isEqualTo(401);

        HttpResponse<String> operatorView = operator.get("/prometheus");
        assertThat(operatorView.code()).isEqualTo(200);
        assertThat(operatorView.body()).contains("# TYPE jvm_memory_used_bytes gauge", "hikaricp_connections");
        HttpResponse<String> scraped = scrape("Bearer " + SCRAPE_TOKEN);
        assertThat(scraped.code()).isEqualTo(200);
        assertThat(scraped.body()).contains("hikaricp_connections");
    }

    @Test
    void aRouteNobodyListedAsPublicIsRefused() {
        assertThat(anonymous("GET /api/v1/unlisted").code()).isEqualTo(401);
        assertThat(shopper.get("/api/v1/unlisted").code()).isEqualTo(403);
        assertThat(anonymous("GET /no-such-page").code())
                .as("unknown stays 404")
                .isEqualTo(404);
    }

    private HttpResponse<String> scrape(String authorization) {
        return FormClient.send(http, HttpRequest.GET("/prometheus").header("Authorization", authorization));
    }

    /** A stranger with a genuine anonymous CSRF token, so only the route itself can refuse. */
    private HttpResponse<String> anonymous(String endpoint) {
        String csrf = FormClient.send(http, HttpRequest.GET("/sign-in"))
                .getCookie("techan_csrf")
                .orElseThrow()
                .getValue();
        return FormClient.send(
                http,
                request(endpoint)
                        .header("X-CSRF-Token", csrf)
                        .cookie(Cookie.of("techan_csrf", csrf))
                        .contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private static MutableHttpRequest<?> request(String endpoint) {
        String[] methodAndPath = endpoint.split(" ");
        return methodAndPath[0].equals("POST")
                ? HttpRequest.POST(methodAndPath[1], "{}")
                : HttpRequest.GET(methodAndPath[1]);
    }

    /** A route added without a line in the URL map: deny by default must cover it. */
    @Requires(property = "spec.name", value = "ManagementSurfaceTest")
    @Controller("/api/v1/unlisted")
    static class UnlistedController {
        @Get
        String hello() {
            return "should not be reachable";
        }
    }
}
