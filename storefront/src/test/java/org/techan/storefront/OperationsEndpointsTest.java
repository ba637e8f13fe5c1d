package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@MicronautTest
class OperationsEndpointsTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver dataSources;

    @Test
    void openApiDocumentDescribesTheRestApi() {
        String document = http.toBlocking().retrieve("/swagger/techan-api-v1.yml");

        assertThat(document).contains("title: Techan API", "/api/v1/meta:");
        assertThat(document).doesNotContain("/health:", "  /:");
    }

    @Test
    void apiAnswersUnderVersionedPath() throws IOException {
        JsonNode meta = json.readValue(http.toBlocking().retrieve("/api/v1/meta"), JsonNode.class);

        assertThat(meta.get("apiVersion").getStringValue()).isEqualTo("v1");
        assertThat(meta.get("languages").get(0).getStringValue()).isEqualTo("zh-CN");
    }

    @Test
    void apiErrorsAreProblemDocuments() throws IOException {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET("/api/v1/no-such-thing"), String.class));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        String contentType = e.getResponse().getContentType().orElseThrow().toString();
        assertThat(contentType).isEqualTo("application/problem+json");
        JsonNode problem = json.readValue(e.getResponse().getBody(String.class).orElseThrow(), JsonNode.class);
        assertThat(problem.get("status").getIntValue()).isEqualTo(404);
        assertThat(problem.get("title").getStringValue()).isEqualTo("页面不存在");
    }

    @Test
    void everyModuleMigratedItsOwnSchema() throws SQLException {
        List<String> histories = new ArrayList<>();
        try (Connection connection = dataSources.resolve(dataSource).getConnection();
                ResultSet tables =
                        connection.getMetaData().getTables(connection.getCatalog(), null, "flyway_history_%", null)) {
            while (tables.next()) {
                histories.add(tables.getString("TABLE_NAME"));
            }
        }

        assertThat(histories)
                .containsExactlyInAnyOrder(
                        "flyway_history_platform",
                        "flyway_history_catalog",
                        "flyway_history_orders",
                        "flyway_history_search",
                        "flyway_history_promotions",
                        "flyway_history_stripe_stub",
                        "flyway_history_wholesale");
    }
}
