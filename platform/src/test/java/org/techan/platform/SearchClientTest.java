package org.techan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed 8.x client works against whichever engine the tests run on, Chinese text included. */
@MicronautTest
class SearchClientTest {

    @Inject
    ElasticsearchClient client;

    @Value("${elasticsearch.index-prefix:}")
    String prefix;

    @Test
    void indexesAndFindsChineseProductNames() throws IOException {
        String index = prefix + "client-probe";
        if (client.indices().exists(e -> e.index(index)).value()) {
            client.indices().delete(d -> d.index(index));
        }
        client.indices()
                .create(
                        c -> c.index(index)
                                .withJson(
                                        new StringReader(
                                                """
                {"settings": {"analysis": {
                   "filter": {"zh_bigram": {"type": "cjk_bigram", "output_unigrams": true}},
                   "analyzer": {"zh": {"type": "custom", "tokenizer": "standard",
                     "filter": ["cjk_width", "lowercase", "zh_bigram"]}}}},
                 "mappings": {"properties": {"name": {"type": "text", "analyzer": "zh"}}}}""")));
        client.index(i -> i.index(index).id("1").document(Map.of("name", "福建茶叶礼盒")));
        client.index(i -> i.index(index).id("2").document(Map.of("name", "五常大米")));
        client.indices().refresh(r -> r.index(index));

        SearchResponse<Map> tea = client.search(
                s -> s.index(index).query(q -> q.match(m -> m.field("name").query("茶"))), Map.class);
        SearchResponse<Map> phrase = client.search(
                s -> s.index(index).query(q -> q.match(m -> m.field("name").query("福建茶叶"))), Map.class);

        assertThat(tea.hits().hits()).extracting(hit -> hit.id()).containsExactly("1");
        assertThat(phrase.hits().hits().get(0).id()).isEqualTo("1");
    }
}
