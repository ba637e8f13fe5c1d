package org.techan.platform;

import io.micronaut.core.annotation.Nullable;

/** A new account; the password is hashed at once and never stored or logged as given. */
public record RegisterAccountCommand(
        @Nullable String login, @Nullable String password, @Nullable String displayName, Role role) {

    @Override
    public String toString() {
        return "RegisterAccountCommand[login=" + login + ", role=" + role + "]";
    }
}
