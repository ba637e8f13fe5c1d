package org.techan.platform;

/** Who is asking: the signed-in account a facade checks its rules against. */
public record Actor(long accountId, Role role) {

    public boolean isOperator() {
        return role == Role.OPERATOR;
    }
}
