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
import org.techan.catalog.AddRegionCommand;
import org.techan.catalog.CatalogApi;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogReferenceApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    CatalogApi catalog;

    @BeforeAll
    void luoyang() {
        catalog.addRegion(new AddRegionCommand("410000000000", "河南省", "Henan"));
        catalog.addRegion(new AddRegionCommand("410300000000", "洛阳市", "Luoyang"));
        catalog.addRegion(new AddRegionCommand("410322000000", "孟津县", "Mengjin"));
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

    private JsonNode get(String path) throws IOException {
        return json.readValue(http.toBlocking().retrieve(path), JsonNode.class);
    }

    private HttpClientResponseException failure(String path, String language) {
        return catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET(path).header("Accept-Language", language), String.class));
    }
}
