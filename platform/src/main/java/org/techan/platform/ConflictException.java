package org.techan.platform;

/** The request clashes with the current state, such as a sold-out SKU or a stale version (409). */
public final class ConflictException extends DomainException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
