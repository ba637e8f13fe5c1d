package org.techan.platform;

/** A new session; {@code token} goes into the browser's cookie and is not stored anywhere else. */
public record OpenedSession(String token, SessionView session) {

    @Override
    public String toString() {
        return "OpenedSession[account=" + session.account().login() + "]";
    }
}
