package org.techan.platform;

/** The actor's role does not allow this at all, such as shop staff approving shops (403). */
public final class NotAllowedException extends DomainException {

    public NotAllowedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
