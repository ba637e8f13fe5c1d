package org.techan.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers which process an embedded server runs as, so that a server orphaned by a killed JVM is
 * stopped before a new one is started on the same data directory.
 */
final class PidFile {

    private static final Logger LOG = LoggerFactory.getLogger(PidFile.class);

    private final Path file;
    private final String commandMarker;

    PidFile(Path file, String commandMarker) {
        this.file = file;
        this.commandMarker = commandMarker;
    }

    Path path() {
        return file;
    }

    void stopStaleProcess() {
        readPid().flatMap(ProcessHandle::of).filter(this::looksLikeOurs).ifPresent(stale -> {
            LOG.warn("Stopping stale {} process {} left behind by an earlier run", commandMarker, stale.pid());
            terminate(stale, Duration.ofSeconds(30));
        });
        deleteQuietly();
    }

    void write(long pid) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteQuietly() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", file, e);
        }
    }

    Optional<Long> readPid() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean looksLikeOurs(ProcessHandle process) {
        String commandLine = process.info().commandLine().orElse("");
        return process.isAlive() && commandLine.contains(commandMarker);
    }

    static void terminate(ProcessHandle process, Duration grace) {
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception timedOut) {
            process.destroyForcibly();
        }
    }
}
