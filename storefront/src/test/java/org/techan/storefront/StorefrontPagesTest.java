package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest
class StorefrontPagesTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void homePageIsChineseByDefault() {
        String page = http.toBlocking().retrieve(HttpRequest.GET("/"));

        assertThat(page).contains("lang=\"zh-CN\"", "特产馆", "搜索特产、产地或合作社", "地方特产馆");
        assertThat(page).doesNotContain("Regional specialty pavilions");
    }

    @Test
    void everyAnswerForbidsFramingAndScriptsFromElsewhere() {
        for (String path : List.of("/", "/api/v1/meta", "/sign-in", "/no-such-page")) {
            HttpResponse<?> response = FormClient.send(http, HttpRequest.GET(path));

            assertThat(response.header("Content-Security-Policy"))
                    .as(path)
                    .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.header("Strict-Transport-Security"))
                    .as("only where cookies are secure, i.e. behind HTTPS")
                    .isNull();
        }
    }

    @Test
    void headOnAPageAnswersLikeGetWithoutABody() {
        for (String path : List.of("/", "/cart", "/sign-in", "/apply")) {
            HttpResponse<?> head = FormClient.send(http, HttpRequest.HEAD(path));

            assertThat(head.code()).as(path).isEqualTo(200);
            assertThat(head.getContentType().orElseThrow().toString()).startsWith("text/html");
        }
        assertThat(FormClient.send(http, HttpRequest.HEAD("/products/999999999"))
                        .code())
                .isEqualTo(404);
    }

    @Test
    void langParameterSwitchesToEnglishAndIsRemembered() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/?lang=en"), String.class);

        assertThat(response.body()).contains("lang=\"en\"", "Regional specialty pavilions", "Search products");
        String cookie = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(cookie).startsWith("techan_lang=en");

        String next = http.toBlocking().retrieve(HttpRequest.GET("/").header(HttpHeaders.COOKIE, "techan_lang=en"));
        assertThat(next).contains("Regional specialty pavilions");
    }

    @Test
    void acceptLanguagePicksTheFirstSupportedLanguage() {
        String english = http.toBlocking()
                .retrieve(HttpRequest.GET("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR, en-GB;q=0.8, zh;q=0.5"));
        String chinese =
                http.toBlocking().retrieve(HttpRequest.GET("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de, zh-TW;q=0.9"));
        String fallback = http.toBlocking().retrieve(HttpRequest.GET("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de"));

        assertThat(english).contains("lang=\"en\"");
        assertThat(chinese).contains("lang=\"zh-CN\"");
        assertThat(fallback).contains("lang=\"zh-CN\"");
    }

    @Test
    void explicitLangBeatsCookieAndHeader() {
        String page = http.toBlocking()
                .retrieve(HttpRequest.GET("/?lang=zh-CN")
                        .header(HttpHeaders.COOKIE, "techan_lang=en")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(page).contains("lang=\"zh-CN\"");
    }

    @Test
    void unknownPageIsALocalizedNotFoundPage() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET("/no-such-page?lang=en"), String.class));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("Page not found", "Back to the home page", "Techan Pavilions");
    }

    @Test
    void stylesheetIsServed() {
        String css = http.toBlocking().retrieve(HttpRequest.GET("/css/techan.css"));

        assertThat(css).contains("@media (min-width");
    }
}
