package org.techan.storefront.web;

import io.micronaut.context.MessageSource;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.ConflictException;
import org.techan.platform.DomainException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RetryAfter;
import org.techan.platform.TooManyAttemptsException;
import org.techan.platform.TryAgainLaterException;

/**
 * Turns failures into answers a person can act on: a localized page for browsers, a problem body
 * for {@code /api}. Unexpected failures show only a correlation id; the stack trace goes to the log.
 */
@Hidden
@Controller
class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    /** Read by programs (a metrics scraper), which a sign-in page would not help. */
    private static final Set<String> MACHINE_ENDPOINTS = Set.of("/prometheus");

    private final MessageSource messages;
    private final RequestedLanguage locales;
    private final EagerThymeleafViewsRenderer<ErrorPage> pages;

    ErrorResponses(MessageSource messages, RequestedLanguage locales, EagerThymeleafViewsRenderer<ErrorPage> pages) {
        this.messages = messages;
        this.locales = locales;
        this.pages = pages;
    }

    @Error(global = true, exception = DomainException.class)
    HttpResponse<?> domain(HttpRequest<?> request, DomainException e) {
        HttpResponse<?> response = respond(request, statusOf(e), text(request, e.messageKey(), e.arguments()), null);
        if (e instanceof RetryAfter later && response instanceof MutableHttpResponse<?> mutable) {
            mutable.header(HttpHeaders.RETRY_AFTER, String.valueOf(later.retryAfterSeconds()));
        }
        return response;
    }

    /**
     * A visitor who is not signed in is sent to the sign-in page and brought back afterwards; a
     * signed-in visitor without the role sees a 403 page. API clients get 401/403 problem bodies.
     */
    @Error(global = true, exception = AuthorizationException.class)
    HttpResponse<?> denied(HttpRequest<?> request, AuthorizationException e) {
        if (e.isForbidden()) {
            return refuse(request, HttpStatus.FORBIDDEN, "error.forbidden.detail");
        }
        if (request.getPath().startsWith("/api/") || MACHINE_ENDPOINTS.contains(request.getPath())) {
            return refuse(request, HttpStatus.UNAUTHORIZED, "error.unauthorized.detail");
        }
        String comeBackTo =
                request.getMethod() == HttpMethod.GET ? request.getUri().toString() : request.getPath();
        return HttpResponse.seeOther(
                URI.create(SignInController.PATH + "?next=" + URLEncoder.encode(comeBackTo, StandardCharsets.UTF_8)));
    }

    @Error(global = true, exception = ConstraintViolationException.class)
    HttpResponse<?> invalid(HttpRequest<?> request, ConstraintViolationException e) {
        return respond(request, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), null);
    }

    @Error(global = true, exception = ConversionErrorException.class)
    HttpResponse<?> malformed(HttpRequest<?> request, ConversionErrorException e) {
        return respond(request, HttpStatus.BAD_REQUEST, e.getMessage(), null);
    }

    @Error(global = true, exception = CodecException.class)
    HttpResponse<?> undecodable(HttpRequest<?> request, CodecException e) {
        return unreadable(request);
    }

    @Error(global = true, exception = JsonSyntaxException.class)
    HttpResponse<?> malformedJson(HttpRequest<?> request, JsonSyntaxException e) {
        return unreadable(request);
    }

    /** A form body with broken percent escapes or a broken multipart part (Netty's decoder). */
    @Error(global = true, exception = HttpPostRequestDecoder.ErrorDataDecoderException.class)
    HttpResponse<?> garbledForm(HttpRequest<?> request, HttpPostRequestDecoder.ErrorDataDecoderException e) {
        return unreadable(request);
    }

    /** A body over {@code micronaut.server.max-request-size}: refused before the rest is read or anything stored. */
    @Error(global = true, exception = ContentLengthExceededException.class)
    HttpResponse<?> tooLarge(HttpRequest<?> request, ContentLengthExceededException e) {
        return respond(
                request,
                HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                text(request, "upload.too-large", Uploads.MAX_BYTES / 1024 / 1024),
                null);
    }

    private HttpResponse<?> unreadable(HttpRequest<?> request) {
        return respond(request, HttpStatus.BAD_REQUEST, text(request, "error.unreadable"), null);
    }

    @Error(global = true, exception = UnsatisfiedRouteException.class)
    HttpResponse<?> incomplete(HttpRequest<?> request, UnsatisfiedRouteException e) {
        return respond(request, HttpStatus.BAD_REQUEST, e.getMessage(), null);
    }

    /** Client mistakes Micronaut or our code reports with a status keep that status. */
    @Error(global = true, exception = HttpStatusException.class)
    HttpResponse<?> withStatus(HttpRequest<?> request, HttpStatusException e) {
        HttpStatus status = e.getStatus();
        if (status.getCode() >= 500) {
            return unexpected(request, e);
        }
        return respond(request, status, e.getMessage(), null);
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        return respond(request, HttpStatus.NOT_FOUND, text(request, "error.not-found.detail"), null);
    }

    @Error(global = true, exception = Throwable.class)
    HttpResponse<?> unexpected(HttpRequest<?> request, Throwable e) {
        String correlationId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unhandled failure {} on {} {}", correlationId, request.getMethod(), request.getPath(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, text(request, "error.server.detail"), correlationId);
    }

    /** An answer for refusals that come from filters rather than from a route (sign-in, CSRF). */
    MutableHttpResponse<?> refuse(HttpRequest<?> request, HttpStatus status, String detailKey) {
        return respond(request, status, text(request, detailKey), null);
    }

    private MutableHttpResponse<?> respond(
            HttpRequest<?> request, HttpStatus status, String detail, String correlationId) {
        String titleKey = titleKey(status);
        if (request.getPath().startsWith("/api/")) {
            Problem problem =
                    new Problem("about:blank", text(request, titleKey), status.getCode(), detail, correlationId);
            return HttpResponse.status(status)
                    .contentType("application/problem+json")
                    .body(problem);
        }
        return HttpResponse.status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(page(request, new ErrorPage(titleKey, detail, correlationId)));
    }

    // Rendered here rather than by the views filter: an error raised inside that filter (a broken
    // template) would otherwise come back as JSON. If even the error page fails, plain text will do.
    private String page(HttpRequest<?> request, ErrorPage model) {
        StringWriter html = new StringWriter();
        try {
            pages.render("error", model, request).writeTo(html);
            return html.toString();
        } catch (IOException | RuntimeException e) {
            LOG.error("The error page itself failed to render", e);
            return text(request, model.titleKey())
                    + (model.correlationId() == null ? "" : " (" + model.correlationId() + ")");
        }
    }

    private String text(HttpRequest<?> request, String key, Object... arguments) {
        Locale locale = locales.resolveOrDefault(request);
        return messages.getMessage(key, locale, arguments).orElse(key);
    }

    /** The page title and problem title say which family of failure this is. */
    private static String titleKey(HttpStatus status) {
        if (status.getCode() >= 500) {
            return "error.server";
        }
        return switch (status) {
            case NOT_FOUND -> "error.not-found";
            case UNAUTHORIZED -> "error.unauthorized";
            case FORBIDDEN -> "error.forbidden";
            case CONFLICT -> "error.conflict";
            case UNPROCESSABLE_ENTITY -> "error.unprocessable";
            default -> "error.bad-request";
        };
    }

    /** The status a refused action answers with; pages that show the refusal beside a form use it too. */
    static HttpStatus statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof NotAllowedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof TooManyAttemptsException) {
            return HttpStatus.TOO_MANY_REQUESTS;
        }
        if (e instanceof TryAgainLaterException) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
