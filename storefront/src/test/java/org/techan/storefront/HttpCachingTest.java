package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What browsers keep, and what travels compressed. */
@MicronautTest(transactional = false)
class HttpCachingTest {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/techan\\.css\\?v=[0-9a-f]{12})\"");

    @Inject
    EmbeddedServer server;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void pagesLinkFingerprintedAssetsThatBrowsersKeepForAYear() throws Exception {
        Matcher linked = STYLESHEET.matcher(get("/", false).body());
        assertThat(linked.find())
                .as("the layout links the stylesheet by its fingerprint")
                .isTrue();
        String fingerprinted = linked.group(1);

        assertThat(get(fingerprinted, false).headers().firstValue("Cache-Control"))
                .hasValue("public, max-age=31536000, immutable");
        assertThat(get("/css/techan.css", false).headers().firstValue("Cache-Control"))
                .as("a plain address: kept briefly")
                .hasValue("public, max-age=300");
        assertThat(get("/css/techan.css?v=000000000000", false).headers().firstValue("Cache-Control"))
                .as("a stale fingerprint: the file has changed since")
                .hasValue("public, max-age=300");
    }

    @Test
    void pagesStylesAndScriptsTravelCompressed() throws Exception {
        for (String path : new String[] {"/", "/css/techan.css", "/js/regions.js"}) {
            HttpResponse<String> response = get(path, true);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(path)
                    .hasValue("gzip");
        }
    }

    @Test
    void aPageTheBrowserAlreadyHoldsComesBackAsNotModifiedUntilItChanges() throws Exception {
        HttpResponse<String> first = get("/", false);
        String cookie = first.headers().allValues("Set-Cookie").stream()
                .map(value -> value.split(";")[0])
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        HttpResponse<String> again = send("/", cookie, null);
        String etag = again.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"");
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

        HttpResponse<String> held = send("/", cookie, etag);
        assertThat(held.statusCode()).isEqualTo(304);
        assertThat(held.body()).isEmpty();
        assertThat(send("/", cookie, "W/\"something-else\", " + etag).statusCode())
                .as("one of several validators held")
                .isEqualTo(304);

        HttpResponse<String> otherLanguage = send("/?lang=en", cookie, etag);
        assertThat(otherLanguage.statusCode())
                .as("a different page: sent in full")
                .isEqualTo(200);
        assertThat(otherLanguage.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
    }

    private HttpResponse<String> send(String path, String cookie, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
