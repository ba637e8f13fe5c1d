package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;

/** Domain exceptions become 404/409/422 with a localized message; anything else a bare 500. */
@MicronautTest
@io.micronaut.context.annotation.Property(name = "spec.name", value = "ErrorResponsesTest")
class ErrorResponsesTest {

    @Inject
    @Client("/")
    HttpClient http;

    @ParameterizedTest
    @CsvSource({
        "/api/v1/test-failures/missing, 404, 页面不存在",
        "/api/v1/test-failures/conflict, 409, 操作冲突",
        "/api/v1/test-failures/rule, 422, 无法处理的请求",
        "/test-failures/rule?lang=en, 422, The request cannot be processed"
    })
    void domainExceptionsMapToTheirStatus(String path, int status, String title) {
        HttpClientResponseException e = failure(path);

        assertThat(e.getStatus().getCode()).isEqualTo(status);
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains(title);
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/test-failures/bug, application/problem+json",
        "/test-failures/bug, text/html",
        "/test-failures/broken-view, text/html"
    })
    void unexpectedFailuresShowACorrelationIdAndNoInternals(String path, String contentType) {
        HttpClientResponseException e = failure(path);

        assertThat(e.getStatus().getCode()).isEqualTo(500);
        String type = e.getResponse().getContentType().orElseThrow().getName();
        assertThat(type).isEqualTo(contentType);
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).containsPattern("[0-9a-f]{8}").doesNotContain("secret detail", "Exception");
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/shops, 400", "/api/v1/shops?region=41&page=x, 400", "/api/v1/test-failures/status, 413"})
    void clientMistakesKeepTheirStatusInsteadOfBecoming500(String path, int status) {
        HttpClientResponseException e = failure(path);

        assertThat(e.getStatus().getCode()).isEqualTo(status);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).doesNotContain("correlationId\":\"");
    }

    @org.junit.jupiter.api.Test
    void malformedJsonIsABadRequest() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(
                        HttpRequest.POST("/api/v1/test-failures/echo", "{not json")
                                .contentType(MediaType.APPLICATION_JSON_TYPE),
                        String.class));

        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("请求内容无法解析");
    }

    private HttpClientResponseException failure(String path) {
        return catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET(path).accept(MediaType.ALL_TYPE), String.class));
    }

    @io.micronaut.serde.annotation.Serdeable
    record Echo(String text) {}

    @Requires(property = "spec.name", value = "ErrorResponsesTest")
    @Controller
    @Secured(SecurityRule.IS_ANONYMOUS) // public on purpose: the URL map lists only real routes
    static class FailingController {

        @Get("/api/v1/test-failures/missing")
        String missing() {
            throw new NotFoundException("error.not-found.detail");
        }

        @Get("/api/v1/test-failures/conflict")
        String conflict() {
            throw new ConflictException("error.not-found.detail");
        }

        @Get("/api/v1/test-failures/rule")
        String rule() {
            throw new RuleViolationException("payment.webhook.bad-signature");
        }

        @Get(uri = "/test-failures/rule", produces = MediaType.TEXT_HTML)
        String rulePage() {
            throw new RuleViolationException("payment.webhook.bad-signature");
        }

        @io.micronaut.http.annotation.Post("/api/v1/test-failures/echo")
        Echo echo(@io.micronaut.http.annotation.Body Echo body) {
            return body;
        }

        @io.micronaut.views.View("broken")
        @Get(uri = "/test-failures/broken-view", produces = MediaType.TEXT_HTML)
        Echo brokenView() {
            return new Echo("x");
        }

        @Get("/api/v1/test-failures/status")
        String status() {
            throw new io.micronaut.http.exceptions.HttpStatusException(
                    io.micronaut.http.HttpStatus.REQUEST_ENTITY_TOO_LARGE, "too big");
        }

        @Get("/api/v1/test-failures/bug")
        String apiBug() {
            throw new IllegalStateException("secret detail");
        }

        @Get(uri = "/test-failures/bug", produces = MediaType.TEXT_HTML)
        String pageBug() {
            throw new IllegalStateException("secret detail");
        }
    }
}
