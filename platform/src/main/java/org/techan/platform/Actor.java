package org.techan.platform;

import java.security.Principal;

/**
 * Who is asking: the signed-in account a facade checks its rules against. A {@link Principal},
 * since it is one: frameworks then treat it as the request's identity, never as client input (the
 * API document does not list it as a parameter).
 */
public record Actor(long accountId, Role role) implements Principal {

    public boolean isOperator() {
        return role == Role.OPERATOR;
    }

    /** The account's id, never a login or a name: safe in logs. */
    @Override
    public String getName() {
        return Long.toString(accountId);
    }
}
