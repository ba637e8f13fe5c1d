package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.cookie.Cookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: signs in through the real form, keeps the session cookie and
 * sends forms with their CSRF token, the way a person's browser would. Needs a client that does
 * not follow redirects.
 */
final class FormClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String session;
    private final String csrf;

    private FormClient(HttpClient http, String session, String csrf) {
        this.http = http;
        this.session = session;
        this.csrf = csrf;
    }

    static FormClient signIn(HttpClient http, String login, String password) {
        HttpResponse<String> page = send(http, HttpRequest.GET("/sign-in"));
        String anonymous = page.getCookie("techan_csrf").orElseThrow().getValue();
        String body = encode(
                List.of(Map.entry("_csrf", anonymous), Map.entry("login", login), Map.entry("password", password)));
        HttpResponse<String> signedIn = send(
                http,
                HttpRequest.POST("/sign-in", body)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .cookie(Cookie.of("techan_csrf", anonymous)));
        assertThat(signedIn.code()).as("signed in as " + login).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        String session = signedIn.getCookie("techan_session").orElseThrow().getValue();
        String home = send(
                        http, HttpRequest.GET(signedIn.header("Location")).cookie(Cookie.of("techan_session", session)))
                .body();
        return new FormClient(http, session, token(home));
    }

    String csrfToken() {
        return csrf;
    }

    String session() {
        return session;
    }

    /** Sends the request as it is, with this client's session cookie. */
    HttpResponse<String> raw(MutableHttpRequest<?> request) {
        return send(http, request.cookie(Cookie.of("techan_session", session)));
    }

    HttpResponse<String> get(String uri) {
        return send(http, HttpRequest.GET(uri).cookie(Cookie.of("techan_session", session)));
    }

    HttpResponse<byte[]> getBytes(String uri) {
        return sendBytes(http, HttpRequest.GET(uri).cookie(Cookie.of("techan_session", session)));
    }

    /** Posts fields in order (keys may repeat, as with check boxes), adding the CSRF token. */
    HttpResponse<String> post(String uri, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", csrf));
        return send(
                http,
                HttpRequest.POST(uri, encode(all))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .cookie(Cookie.of("techan_session", session)));
    }

    /** Sends JSON as an API client holding this session would, with the CSRF header or without it. */
    HttpResponse<String> json(MutableHttpRequest<?> request, boolean withToken) {
        request.cookie(Cookie.of("techan_session", session))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE);
        if (withToken) {
            request.header("X-CSRF-Token", csrf);
        }
        return send(http, request);
    }

    /**
     * Sends a multipart form built by {@code parts}; the CSRF token goes first, as the page's
     * hidden field does, or is left out.
     */
    HttpResponse<String> upload(String uri, Consumer<MultipartBody.Builder> parts, boolean withToken) {
        MultipartBody.Builder body = MultipartBody.builder();
        if (withToken) {
            body.addPart("_csrf", csrf);
        }
        parts.accept(body);
        return send(
                http,
                HttpRequest.POST(uri, body.build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                        .cookie(Cookie.of("techan_session", session)));
    }

    /**
     * Sends one file the way curl sends a large body: headers first with {@code Expect:
     * 100-continue}, the body only once the server asks for it. A server refusing the declared
     * length answers before any of it is sent, so the answer never races the upload.
     */
    java.net.http.HttpResponse<String> uploadAnnounced(
            java.net.URI server, String uri, String field, String filename, MediaType type, byte[] content)
            throws java.io.IOException, InterruptedException {
        String boundary = "techan" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                        + "\"; filename=\"" + filename + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(server.resolve(uri))
                .expectContinue(true)
                .timeout(java.time.Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "techan_session=" + session)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    static String token(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    @SuppressWarnings("unchecked")
    static HttpResponse<String> send(HttpClient http, MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<String>) e.getResponse();
        }
    }

    @SuppressWarnings("unchecked")
    static HttpResponse<byte[]> sendBytes(HttpClient http, MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, byte[].class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<byte[]>) e.getResponse();
        }
    }

    private static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static @Nullable String location(HttpResponse<?> response) {
        return response.header("Location");
    }
}
