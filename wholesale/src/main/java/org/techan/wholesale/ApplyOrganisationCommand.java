package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.techan.platform.SignUpCommand;

/**
 * A company applies to buy wholesale: its name, unified social credit code, kind and first
 * delivery location (region code and street), and the contact person's own account (a mobile
 * number as login, a password, acceptance of the terms), who becomes its first admin, buyer and
 * approver.
 */
@Serdeable
public record ApplyOrganisationCommand(
        @Nullable String name,
        @Nullable String creditCode,
        @Nullable OrganisationKind kind,
        @Nullable String regionCode,
        @Nullable String street,
        @Nullable SignUpCommand contact) {

    @Override
    public String toString() {
        return "ApplyOrganisationCommand[name=" + name + ", creditCode=" + creditCode + "]";
    }
}
