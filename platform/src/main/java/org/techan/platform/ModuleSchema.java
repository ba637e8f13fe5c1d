package org.techan.platform;

/**
 * A module's claim on the database: its Flyway scripts under {@code db/migration/<name>} and its
 * own history table, so modules migrate independently and never share tables. Modules migrate in
 * ascending {@code order} (dependencies first).
 */
public record ModuleSchema(String name, int order) {

    public ModuleSchema {
        if (!name.matches("[a-z][a-z_]*")) {
            throw new IllegalArgumentException("Schema name must be lower_snake_case: " + name);
        }
    }

    public String location() {
        return "classpath:db/migration/" + name;
    }

    public String historyTable() {
        return "flyway_history_" + name;
    }
}
