package org.techan.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Directory chores the embedded servers, their launchers and tests share. */
public final class Directories {

    private Directories() {}

    /** Creates {@code path} and its parents if missing. */
    public static Path create(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes {@code root} and everything below it. Best effort: callers clean up leftovers
     * (old runtimes, browser profiles), so a file that will not go is reported, not thrown.
     *
     * @return whether {@code root} is gone
     */
    public static boolean deleteTree(Path root) {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                return false;
            }
        }
        return !Files.exists(root);
    }
}
