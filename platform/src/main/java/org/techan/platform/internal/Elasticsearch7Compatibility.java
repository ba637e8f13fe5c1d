package org.techan.platform.internal;

import org.apache.http.Header;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.HttpResponseInterceptor;

/**
 * Lets the 8.x client talk to the embedded 7.10 node: 7.10 rejects the {@code
 * compatible-with=8} media types and does not send the product header the client insists on.
 */
final class Elasticsearch7Compatibility {

    static final HttpRequestInterceptor REQUEST = (request, context) -> {
        for (String name : new String[] {"Content-Type", "Accept"}) {
            for (Header header : request.getHeaders(name)) {
                if (header.getValue().contains("vnd.elasticsearch+json")) {
                    request.setHeader(name, "application/json");
                }
            }
        }
    };

    static final HttpResponseInterceptor RESPONSE = (response, context) -> {
        if (!response.containsHeader("X-Elastic-Product")) {
            response.addHeader("X-Elastic-Product", "Elasticsearch");
        }
    };

    private Elasticsearch7Compatibility() {}
}
