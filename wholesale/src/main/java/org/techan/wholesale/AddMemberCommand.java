package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Set;

/** An admin adds a colleague: their own account (a mobile number as login, a first password, a name) and roles. */
@Serdeable
public record AddMemberCommand(
        @Nullable String login, @Nullable String password, @Nullable String displayName, Set<MemberRole> roles) {

    public AddMemberCommand {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "AddMemberCommand[login=" + login + ", roles=" + roles + "]";
    }
}
