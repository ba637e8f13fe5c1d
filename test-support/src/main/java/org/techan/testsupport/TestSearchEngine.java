package org.techan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.techan.embedded.EmbeddedSearchNode;

/**
 * The search engine for tests: {@code TEST_ELASTICSEARCH_URL} when set, else one embedded node per
 * build. The first test JVM starts it; the others find its address in a state file. The node
 * watches the Maven process, so it ends with the build.
 */
public record TestSearchEngine(String kind, String url, boolean embedded) {

    static TestSearchEngine choose(TestEnvironment environment) {
        String explicitUrl = environment.get("TEST_ELASTICSEARCH_URL");
        if (explicitUrl != null && !explicitUrl.isBlank()) {
            return new TestSearchEngine("TEST_ELASTICSEARCH_URL", explicitUrl, false);
        }
        return sharedEmbeddedNode(environment.buildRoot().resolve("target/test-search-node"));
    }

    private static TestSearchEngine sharedEmbeddedNode(Path root) {
        try {
            Files.createDirectories(root);
            Path state = root.resolve("url");
            try (FileChannel lockFile = FileChannel.open(
                            root.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                if (Files.exists(state)) {
                    String url = Files.readString(state).trim();
                    if (answers(url)) {
                        return new TestSearchEngine("embedded node shared by this build", url, true);
                    }
                }
                ProcessHandle build = buildProcess();
                EmbeddedSearchNode node = EmbeddedSearchNode.start(root, build.pid());
                Files.writeString(state, node.url());
                return new TestSearchEngine(
                        "embedded node started for this build (it ends with process " + build.pid() + ")",
                        node.url(),
                        true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Maven process running this build: surefire forks test JVMs through a shell that ends with
     * each fork, so the direct parent would take the node down after the first module.
     */
    static ProcessHandle buildProcess() {
        ProcessHandle current = ProcessHandle.current();
        for (var ancestor = current.parent();
                ancestor.isPresent();
                ancestor = ancestor.get().parent()) {
            String command = ancestor.get().info().commandLine().orElse("");
            // Maven's launcher class; the fork shell's classpath merely mentions "maven".
            if (command.contains("org.codehaus.plexus.classworlds.launcher.Launcher")) {
                return ancestor.get();
            }
        }
        return current.parent().orElse(current);
    }

    private static boolean answers(String url) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(3))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
