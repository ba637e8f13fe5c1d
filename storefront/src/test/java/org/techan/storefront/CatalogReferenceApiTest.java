package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.ApplyForShopCommand;
import org.techan.catalog.BusinessLicenceNumber;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.OpenPavilionCommand;
import org.techan.catalog.ShopKind;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Actor;
import org.techan.platform.Role;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogReferenceApiTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @BeforeAll
    void luoyang() {
        market.regions("410322100201", "河南省/Henan", "洛阳市/Luoyang", "孟津县/Mengjin", "城关镇", "牡丹村");
        catalog.applyForShop(shop("mengjin-peony", "93410322MA0000001"));
        catalog.changeShopStatus(OPERATOR, "mengjin-peony", ShopStatus.APPROVED);
        catalog.applyForShop(shop("mengjin-pending", "93410322MA0000002"));
        catalog.openPavilion(
                OPERATOR, new OpenPavilionCommand("luoyang", "4103", "洛阳特产馆", "Luoyang", null, null, null));
    }

    private static ApplyForShopCommand shop(String slug, String licenceStart) {
        return new ApplyForShopCommand(
                slug,
                ShopKind.COOPERATIVE,
                "孟津牡丹合作社",
                null,
                "410322100201",
                "牡丹",
                "李强",
                "0379-66881234",
                licenceStart + BusinessLicenceNumber.checkCharacter(licenceStart),
                null);
    }

    @Test
    void shouldListChildrenAsItemsAndTotal() throws IOException {
        JsonNode page = get("/api/v1/regions?parent=41");

        assertThat(page.get("total").getLongValue()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("nameZh").getStringValue()).isEqualTo("洛阳市");
        assertThat(page.get("items").get(0).get("level").getStringValue()).isEqualTo("CITY");
    }

    @Test
    void shouldShowARegionWithItsPath() throws IOException {
        JsonNode detail = get("/api/v1/regions/410322");

        assertThat(detail.get("region").get("nameEn").getStringValue()).isEqualTo("Mengjin");
        assertThat(detail.get("path").size()).isEqualTo(3);
        assertThat(detail.get("path").get(0).get("code").getStringValue()).isEqualTo("410000000000");
    }

    @Test
    void shouldAnswer404ForAnUnknownRegionAnd422ForAMalformedCode() {
        HttpClientResponseException missing = failure("/api/v1/regions/420381", "zh-CN");
        HttpClientResponseException malformed = failure("/api/v1/regions/abc", "en");

        assertThat(missing.getStatus().getCode()).isEqualTo(404);
        assertThat(missing.getResponse().getBody(String.class).orElseThrow()).contains("找不到行政区划 420381000000");
        assertThat(malformed.getStatus().getCode()).isEqualTo(422);
        assertThat(malformed.getResponse().getBody(String.class).orElseThrow())
                .contains("\\\"abc\\\" is not a valid administrative division code");
    }

    @Test
    void shouldListCategoriesAndExplainAnUnknownOne() throws IOException {
        JsonNode page = get("/api/v1/categories");
        HttpClientResponseException missing = failure("/api/v1/categories/spaceships", "en");

        assertThat(page.get("total").getLongValue()).isEqualTo(11);
        assertThat(page.get("items").get(2).get("nameZh").getStringValue()).isEqualTo("茶叶");
        assertThat(missing.getStatus().getCode()).isEqualTo(404);
        assertThat(missing.getResponse().getBody(String.class).orElseThrow())
                .contains("There is no category \\\"spaceships\\\".");
    }

    @Test
    void shouldShowOnlyApprovedShopsToThePublic() throws IOException {
        JsonNode page = get("/api/v1/shops?region=4103&page=0&size=10");
        HttpClientResponseException pending = failure("/api/v1/shops/mengjin-pending", "zh-CN");
        HttpClientResponseException tooBig = failure("/api/v1/shops?region=41&size=1000", "en");

        assertThat(page.get("total").getLongValue()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("slug").getStringValue()).isEqualTo("mengjin-peony");
        assertThat(get("/api/v1/shops/mengjin-peony").get("specialtyZh").getStringValue())
                .isEqualTo("牡丹");
        assertThat(pending.getStatus().getCode()).isEqualTo(404);
        assertThat(tooBig.getStatus().getCode()).isEqualTo(422);
        assertThat(tooBig.getResponse().getBody(String.class).orElseThrow()).contains("hold 1 to 100 items");
    }

    @Test
    void shouldListPavilionsAndTheirShops() throws IOException {
        JsonNode pavilions = get("/api/v1/pavilions");
        JsonNode shops = get("/api/v1/pavilions/luoyang/shops");
        HttpClientResponseException missing = failure("/api/v1/pavilions/atlantis", "en");
        HttpClientResponseException tooDeep = failure("/api/v1/pavilions/luoyang/shops?page=2147483647&size=20", "en");

        assertThat(pavilions.get("items").get(0).get("nameZh").getStringValue()).isEqualTo("洛阳特产馆");
        assertThat(shops.get("total").getLongValue()).isEqualTo(1);
        assertThat(shops.get("items").get(0).get("slug").getStringValue()).isEqualTo("mengjin-peony");
        assertThat(missing.getStatus().getCode()).isEqualTo(404);
        assertThat(tooDeep.getStatus().getCode()).isEqualTo(422);
        assertThat(tooDeep.getResponse().getBody(String.class).orElseThrow()).contains("Only the first 10000 items");
    }

    /** Anyone may ask where a division's seat lies; a township answers with its county's. */
    @Test
    void shouldTellWhereADivisionsSeatLies() throws IOException {
        JsonNode county = get("/api/v1/divisions/410328/place");
        JsonNode township = get("/api/v1/divisions/410328102000/place");
        HttpClientResponseException none = failure("/api/v1/divisions/410328999/place", "en");
        HttpClientResponseException malformed = failure("/api/v1/divisions/41x/place", "en");

        assertThat(county.get("code").getStringValue()).isEqualTo("410328000000");
        assertThat(county.get("nameZh").getStringValue()).isEqualTo("洛宁县");
        assertThat(county.get("latitude").getNumberValue().doubleValue()).isBetween(34.3, 34.5);
        assertThat(county.get("longitude").getNumberValue().doubleValue()).isBetween(111.6, 111.7);
        assertThat(township.get("code").getStringValue()).isEqualTo("410328000000");
        assertThat(none.getStatus().getCode()).isEqualTo(404);
        assertThat(none.getResponse().getBody(String.class).orElseThrow())
                .contains("There are no coordinates on record for division 410328999");
        assertThat(malformed.getStatus().getCode()).isEqualTo(422);
    }

    private JsonNode get(String path) throws IOException {
        return json.readValue(http.toBlocking().retrieve(path), JsonNode.class);
    }

    private HttpClientResponseException failure(String path, String language) {
        return catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET(path).header("Accept-Language", language), String.class));
    }
}
