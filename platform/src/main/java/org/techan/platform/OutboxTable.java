package org.techan.platform;

/**
 * A module's outbox table ({@code <module>_outbox}). A module that publishes events declares one
 * as a bean; the relay then delivers what is written there.
 */
public record OutboxTable(String name) {

    public OutboxTable {
        if (name == null || !name.matches("[a-z][a-z_]*_outbox")) {
            throw new IllegalArgumentException("Outbox tables are named <module>_outbox: " + name);
        }
    }
}
