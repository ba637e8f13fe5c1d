package org.techan.platform.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.techan.platform.SearchEngineCircuit;

/**
 * The one Elasticsearch client of the application. Only the {@code elasticsearch.embedded-node}
 * flag, set by whoever started the embedded 7.10 node, turns on the compatibility shim; against a
 * real cluster the shim would hide a misrouted proxy.
 */
@Factory
class SearchClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    RestClient restClient(
            @Value("${elasticsearch.url}") String url,
            @Nullable @Value("${elasticsearch.api-key:}") String apiKey,
            @Nullable @Value("${elasticsearch.username:}") String username,
            @Nullable @Value("${elasticsearch.password:}") String password,
            @Value("${elasticsearch.embedded-node:false}") boolean embeddedNode,
            @Value("${elasticsearch.connect-timeout:2s}") Duration connectTimeout,
            @Value("${elasticsearch.socket-timeout:10s}") Duration socketTimeout) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("elasticsearch.url (ELASTICSEARCH_URL) is not set");
        }
        RestClientBuilder builder = RestClient.builder(HttpHost.create(url.trim()));
        if (apiKey != null && !apiKey.isBlank()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + apiKey)});
        } else if (username != null && !username.isBlank()) {
            String basic =
                    Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.setDefaultHeaders(new Header[] {new BasicHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic)});
        }
        // A hung engine must not hold page requests for the client's default 30 s: search falls back instead.
        builder.setRequestConfigCallback(request -> request.setConnectTimeout((int) connectTimeout.toMillis())
                .setSocketTimeout((int) socketTimeout.toMillis()));
        if (embeddedNode) {
            builder.setHttpClientConfigCallback(http -> http.addInterceptorLast(Elasticsearch7Compatibility.REQUEST)
                    .addInterceptorFirst(Elasticsearch7Compatibility.RESPONSE));
        }
        return builder.build();
    }

    @Singleton
    @Primary
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    /**
     * For what shoppers wait on (searches, suggestions): a short timeout, so a hanging engine costs
     * a page at most this long before the circuit opens; indexing keeps the longer one.
     */
    @Singleton
    @Named(SearchEngineCircuit.QUERY_CLIENT)
    ElasticsearchClient queryClient(
            ElasticsearchClient client, @Value("${elasticsearch.query-timeout:2s}") Duration queryTimeout) {
        // The transport's own options carry the client's headers (compatibility, meta): keep them.
        RestClientOptions current = (RestClientOptions) client._transportOptions();
        RequestOptions quick = current.restClientRequestOptions().toBuilder()
                .setRequestConfig(RequestConfig.custom()
                        .setConnectTimeout((int) Math.min(queryTimeout.toMillis(), 1000))
                        .setSocketTimeout((int) queryTimeout.toMillis())
                        .build())
                .build();
        return client.withTransportOptions(new RestClientOptions(quick, current.keepResponseBodyOnException()));
    }
}
