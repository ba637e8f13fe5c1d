package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Set;

/** A member of a buyer organisation: their account and roles. */
@Serdeable
public record MemberView(long accountId, String login, String displayName, Set<MemberRole> roles) {

    public boolean can(MemberRole role) {
        return roles.contains(role);
    }
}
