package org.techan.platform;

/** Well-formed input that a business rule rejects, such as a quantity below the minimum (422). */
public final class RuleViolationException extends DomainException {

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
