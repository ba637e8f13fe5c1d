package org.techan.platform;

/** The thing asked for does not exist or is not visible to the caller (404). */
public final class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
