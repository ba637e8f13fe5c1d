package org.techan.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Elasticsearch 7.10.2 node in a JVM of its own. Its jars travel inside this module as resources
 * (they clash with the application's Netty, Jackson and log4j); they are extracted once under the
 * data directory and run from a plain classpath.
 */
public final class EmbeddedSearchNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSearchNode.class);
    private static final String BUNDLE = "techan-search-node/";
    private static final String MAIN_CLASS = "org.techan.searchnode.SearchNodeMain";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final int httpPort;
    private final PidFile pidFile;

    private EmbeddedSearchNode(Process process, int httpPort, PidFile pidFile) {
        this.process = process;
        this.httpPort = httpPort;
        this.pidFile = pidFile;
    }

    /**
     * Starts a node with its data under {@code root}. The node stops itself when the process
     * {@code watchedPid} ends, so killing the launcher never orphans it.
     */
    public static EmbeddedSearchNode start(Path root, long watchedPid) {
        return start(root, watchedPid, FreePorts.next());
    }

    /** As {@link #start(Path, long)} on a given HTTP port: a restarted node where clients expect it. */
    public static EmbeddedSearchNode start(Path root, long watchedPid, int httpPort) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        PidFile pidFile = new PidFile(absoluteRoot.resolve("node.pid"), MAIN_CLASS);
        pidFile.stopStaleProcess();
        Path runtime = extractRuntime(absoluteRoot.resolve("runtime"));
        int transportPort = FreePorts.next();
        long started = System.nanoTime();
        Process process = launch(absoluteRoot, runtime, httpPort, transportPort, watchedPid);
        pidFile.write(process.pid());
        EmbeddedSearchNode node = new EmbeddedSearchNode(process, httpPort, pidFile);
        try {
            node.awaitReady(absoluteRoot.resolve("node.log"));
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
        LOG.info(
                "Embedded search node ready on {} (pid {}, data {}) in {} ms",
                node.url(),
                process.pid(),
                absoluteRoot,
                (System.nanoTime() - started) / 1_000_000);
        return node;
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        PidFile.terminate(process.toHandle(), Duration.ofSeconds(30));
        pidFile.deleteQuietly();
        LOG.info("Embedded search node (pid {}) stopped", process.pid());
    }

    private static Process launch(Path root, Path runtime, int httpPort, int transportPort, long watchedPid) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xms256m",
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-Dlog4j2.formatMsgNoLookups=true",
                "-Djava.io.tmpdir=" + Directories.create(root.resolve("tmp")),
                "-cp",
                runtime + "/*",
                MAIN_CLASS,
                "--base",
                Directories.create(root.resolve("node")).toString(),
                "--http-port",
                Integer.toString(httpPort),
                "--transport-port",
                Integer.toString(transportPort),
                "--watch-pid",
                Long.toString(watchedPid)));
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            root.resolve("node.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not launch the search node", e);
        }
    }

    private void awaitReady(Path log) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Search node exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                sleep(Duration.ofMillis(300));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the search node", e);
            }
        }
        throw new IllegalStateException("Search node not ready within " + READY_TIMEOUT + "; see " + log);
    }

    /**
     * Extracts the bundled jars into a folder named after their names, sizes and times, so a
     * rebuilt or upgraded node never runs on stale jars and an unchanged one is not copied again.
     */
    private static Path extractRuntime(Path runtimeRoot) {
        List<String> jars = Arrays.stream(resourceText(BUNDLE + "jars.idx").split("[,\\s]+"))
                .filter(entry -> !entry.isBlank())
                .map(entry -> entry.substring(entry.lastIndexOf('/') + 1))
                .toList();
        StringBuilder fingerprint = new StringBuilder();
        for (String jar : jars) {
            URLConnection connection = connection(BUNDLE + jar);
            fingerprint
                    .append(jar)
                    .append(':')
                    .append(connection.getContentLengthLong())
                    .append(':')
                    .append(connection.getLastModified())
                    .append('\n');
        }
        Path target =
                runtimeRoot.resolve(Integer.toHexString(fingerprint.toString().hashCode()));
        Path complete = target.resolve(".complete");
        if (Files.exists(complete)) {
            return target;
        }
        Directories.create(target);
        for (String jar : jars) {
            try (InputStream in = resource(BUNDLE + jar)) {
                Files.copy(in, target.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not extract " + jar, e);
            }
        }
        try {
            Files.writeString(complete, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteOtherRuntimes(runtimeRoot, target);
        LOG.info("Extracted {} search node jars to {}", jars.size(), target);
        return target;
    }

    private static void deleteOtherRuntimes(Path runtimeRoot, Path keep) {
        try (var runtimes = Files.list(runtimeRoot)) {
            runtimes.filter(runtime -> !runtime.equals(keep)).forEach(Directories::deleteTree);
        } catch (IOException e) {
            LOG.debug("Could not list {}", runtimeRoot, e);
        }
    }

    private static URLConnection connection(String name) {
        URL url = EmbeddedSearchNode.class.getClassLoader().getResource(name);
        Objects.requireNonNull(url, () -> "Missing resource " + name + "; was the module built with Maven?");
        try {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resourceText(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EmbeddedSearchNode.class.getClassLoader().getResourceAsStream(name);
        return Objects.requireNonNull(in, () -> "Missing resource " + name + "; was the module built with Maven?");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
