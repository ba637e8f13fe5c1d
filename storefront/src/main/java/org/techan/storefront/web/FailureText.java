package org.techan.storefront.web;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.techan.platform.DomainException;

/** The visitor's-language sentence for a refused command, for forms that show it beside the fields. */
@Singleton
class FailureText {

    private final MessageSource messages;
    private final RequestedLanguage languages;

    FailureText(MessageSource messages, RequestedLanguage languages) {
        this.messages = messages;
        this.languages = languages;
    }

    String of(HttpRequest<?> request, String messageKey, Object... arguments) {
        return messages.getMessage(messageKey, languages.resolveOrDefault(request), arguments)
                .orElse(messageKey);
    }

    String of(HttpRequest<?> request, DomainException failure) {
        return messages.getMessage(failure.messageKey(), languages.resolveOrDefault(request), failure.arguments())
                .orElse(failure.messageKey());
    }
}
