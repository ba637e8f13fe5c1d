package org.techan.platform;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record AccountView(long id, String login, String displayName, Role role) {

    public Actor actor() {
        return new Actor(id, role);
    }
}
