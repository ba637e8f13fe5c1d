package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;

/** A cooperative's own system drives its back office through JSON, and only its own shop. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoopApiTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "441403100201";
    private static final String POMELO =
            """
            {"categorySlug": "fresh-fruit", "titleZh": "梅县金柚", "titleEn": "Meixian golden pomelo",
             "descriptionZh": "沙田柚，清甜多汁。", "originCode": "441403100201", "temperature": "AMBIENT",
             "shelfLifeDays": 60, "harvestMonths": [10, 11], "povertyRelief": true,
             "skus": [{"specZh": "2 个装", "unit": "BOX", "netWeightGrams": 2500, "price": "39.90"}]}
            """;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    Accounts accounts;

    @Inject
    JsonMapper json;

    @BeforeAll
    void meixian() {
        market.regions(VILLAGE, "广东省/Guangdong", "梅州市/Meizhou", "梅县区/Meixian", "程江镇", "金柚村");
        openShop("meixian-pomelo", "梅县金柚合作社");
        openShop("meixian-tea", "梅县绿茶合作社");
        accounts.register(new RegisterAccountCommand("meixian.ops", "operator-2026", "运营小梅", Role.OPERATOR));
    }

    @Test
    void shouldLetStaffDraftStockAndPublishTheirOwnProducts() throws IOException {
        FormClient staff = FormClient.signIn(http, "meixian-pomelo.staff", "pomelo-2026-pw");

        assertThat(read(staff.json(HttpRequest.GET("/api/v1/coop/shop"), false))
                        .get("slug")
                        .getStringValue())
                .isEqualTo("meixian-pomelo");
        HttpResponse<String> created = staff.json(HttpRequest.POST("/api/v1/coop/products", POMELO), true);
        assertThat(created.code()).isEqualTo(201);
        JsonNode product = read(created);
        long id = product.get("id").getLongValue();
        long skuId = product.get("skus").get(0).get("id").getLongValue();
        assertThat(product.get("status").getStringValue()).isEqualTo("DRAFT");

        HttpResponse<String> batch = staff.json(
                HttpRequest.POST(
                        "/api/v1/coop/batches",
                        "{\"skuId\": " + skuId + ", \"quantity\": 80, \"harvestDate\": \"2026-10-20\","
                                + " \"basePlot\": \"程江镇金柚园 3 号地\", \"inspectionResult\": \"PASSED\"}"),
                true);
        assertThat(batch.code()).isEqualTo(201);
        assertThat(read(batch).get("traceCode").getStringValue()).matches("[2-9A-HJKMNP-Z]{12}");

        JsonNode published = read(staff.json(HttpRequest.POST("/api/v1/coop/products/" + id + "/publish", ""), true));
        assertThat(published.get("status").getStringValue()).isEqualTo("PUBLISHED");
        assertThat(published.get("skus").get(0).get("available").getIntValue()).isEqualTo(80);
        JsonNode repriced = read(staff.json(
                HttpRequest.PUT(
                        "/api/v1/coop/products/" + id + "/skus/" + skuId,
                        "{\"specZh\": \"2 个装\", \"unit\": \"BOX\", \"netWeightGrams\": 2500, \"price\": \"35.00\"}"),
                true));
        assertThat(new java.math.BigDecimal(
                        repriced.get("skus").get(0).get("price").getValue().toString()))
                .isEqualByComparingTo("35.00");
        assertThat(http.toBlocking().retrieve("/api/v1/products/" + id)).contains("梅县金柚");
        assertThat(staff.json(HttpRequest.GET("/api/v1/coop/products?size=50"), false)
                        .body())
                .contains("\"id\":" + id + ",");
    }

    @Test
    void shouldKeepOtherShopsProductsAndBadInputOut() throws IOException {
        FormClient owner = FormClient.signIn(http, "meixian-pomelo.staff", "pomelo-2026-pw");
        FormClient other = FormClient.signIn(http, "meixian-tea.staff", "pomelo-2026-pw");
        FormClient operator = FormClient.signIn(http, "meixian.ops", "operator-2026");
        long id = read(owner.json(HttpRequest.POST("/api/v1/coop/products", POMELO), true))
                .get("id")
                .getLongValue();

        assertThat(other.json(HttpRequest.GET("/api/v1/coop/products/" + id), false)
                        .code())
                .isEqualTo(404);
        HttpResponse<String> hijack =
                other.json(HttpRequest.PUT("/api/v1/coop/products/" + id, POMELO.replace("梅县金柚", "被改了")), true);
        assertThat(hijack.code()).isEqualTo(404);
        assertThat(other.json(HttpRequest.POST("/api/v1/coop/products/" + id + "/publish", ""), true)
                        .code())
                .isEqualTo(404);
        assertThat(catalog.product(OPERATOR, id).titleZh()).isEqualTo("梅县金柚");
        assertThat(catalog.product(OPERATOR, id).status().name()).isEqualTo("DRAFT");

        HttpResponse<String> noToken = owner.json(HttpRequest.POST("/api/v1/coop/products", POMELO), false);
        assertThat(noToken.code()).isEqualTo(403);
        HttpResponse<String> blank = owner.json(
                HttpRequest.POST("/api/v1/coop/products", POMELO.replace("梅县金柚", " "))
                        .header("Accept-Language", "en"),
                true);
        assertThat(blank.code()).isEqualTo(422);
        assertThat(blank.body()).contains("title");
        assertThat(read(owner.json(HttpRequest.GET("/api/v1/coop/products"), false))
                        .get("total")
                        .getLongValue())
                .isEqualTo(catalog.ownProducts(catalog_staff("meixian-pomelo"), 0, 50)
                        .total());

        assertThat(operator.json(HttpRequest.GET("/api/v1/coop/products"), false)
                        .code())
                .isEqualTo(403);
        assertThat(FormClient.send(http, HttpRequest.GET("/api/v1/coop/products"))
                        .code())
                .isEqualTo(401);
    }

    private Actor catalog_staff(String shop) {
        return accounts.authenticate(shop + ".staff", "pomelo-2026-pw", "192.0.2.1")
                .actor();
    }

    private JsonNode read(HttpResponse<String> response) throws IOException {
        assertThat(response.code()).as(response.body()).isBetween(200, 299);
        return json.readValue(response.body(), JsonNode.class);
    }

    private void openShop(String slug, String name) {
        market.aShop(slug)
                .named(name)
                .inVillage(VILLAGE)
                .selling("金柚")
                .contact("李梅", "13907530000")
                .staff(slug + ".staff", "pomelo-2026-pw")
                .open();
    }
}
