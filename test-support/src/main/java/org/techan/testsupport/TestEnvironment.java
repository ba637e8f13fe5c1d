package org.techan.testsupport;

import java.nio.file.Path;
import java.util.Map;

/** What a test JVM knows about its build: environment variables and the Maven build root. */
record TestEnvironment(Map<String, String> variables, Path buildRoot, String moduleName) {

    static TestEnvironment current() {
        Path root = Path.of(System.getProperty("techan.build.root", System.getProperty("user.dir")));
        String module = System.getProperty(
                "techan.module.name",
                Path.of(System.getProperty("user.dir")).getFileName().toString());
        return new TestEnvironment(System.getenv(), root, module);
    }

    String get(String name) {
        String property = System.getProperty(name);
        return property != null ? property : variables.get(name);
    }

    String getOrDefault(String name, String fallback) {
        String value = get(name);
        return value == null ? fallback : value;
    }
}
