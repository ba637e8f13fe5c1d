package org.techan.platform.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import org.techan.platform.AccountView;
import org.techan.platform.Role;

@MappedEntity("platform_account")
record AccountRow(
        @Id @GeneratedValue @Nullable Long id,
        String login,
        @MappedProperty("password_hash") String passwordHash,
        @MappedProperty("display_name") String displayName,
        Role role,
        @MappedProperty("failed_attempts") int failedAttempts,
        @Nullable @MappedProperty("locked_until") Instant lockedUntil) {

    AccountView view() {
        return new AccountView(id, login, displayName, role);
    }
}
