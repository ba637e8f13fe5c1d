package org.techan.platform;

import java.util.Arrays;
import java.util.List;

/**
 * A broken business rule. It carries a message-bundle key and its arguments, so the storefront can
 * say what went wrong in the reader's language; subclasses pick the HTTP status family.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException,
                ConflictException,
                RuleViolationException,
                NotAllowedException,
                TooManyAttemptsException,
                TryAgainLaterException {

    private final String messageKey;
    private final List<Object> arguments;

    protected DomainException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
