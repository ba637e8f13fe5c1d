package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.techan.embedded.Directories;
import org.techan.embedded.FreePorts;

/**
 * Starts the packaged jar exactly as the README does, on its embedded defaults, and checks what
 * a newcomer would: the home page and /health answer, data survives a restart, and neither a
 * clean stop nor a kill leaves a database or search node behind.
 */
class PackagedAppSmokeIT {

    private static final Path JAR =
            Path.of(System.getProperty("techan.storefront.jar", "target/techan-storefront.jar"));
    private static final Path WORK = Path.of("target", "smoke");
    private static final Duration START_BUDGET = Duration.ofSeconds(90);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void packagedAppServesPagesAndHealthKeepsDataAndCleansUp() throws Exception {
        Directories.deleteTree(WORK);
        Path dataDir = WORK.resolve("data").toAbsolutePath();

        RunningApp first = start(dataDir);
        assertThat(get(first, "/").body()).contains("地方特产馆", "lang=\"zh-CN\"");
        assertThat(get(first, "/?lang=en").body()).contains("Regional specialty pavilions");
        String health = get(first, "/health").body();
        assertThat(health).as("status only for strangers").isEqualTo("{\"status\":\"UP\"}");
        assertThat(get(first, "/beans").statusCode())
                .as("built-in endpoints are off")
                .isEqualTo(404);
        String intentId = createPaymentIntent(first);
        List<Long> firstServers = first.embeddedServerPids();
        first.stop();
        assertThat(firstServers).hasSize(2).allSatisfy(pid -> assertGone(pid));

        RunningApp second = start(dataDir);
        assertThat(get(second, "/stripe-stub/v1/payment_intents/" + intentId, "Bearer sk_test_techan_stub")
                        .statusCode())
                .as("a payment intent created before the restart is still there")
                .isEqualTo(200);
        List<Long> secondServers = second.embeddedServerPids();
        second.kill();
        long searchNode = secondServers.get(1);
        awaitGone(searchNode, Duration.ofSeconds(30));

        RunningApp third = start(dataDir);
        assertThat(get(third, "/health").body()).contains("\"status\":\"UP\"");
        assertGone(secondServers.get(0));
        third.stop();
    }

    private RunningApp start(Path dataDir) throws Exception {
        int port = FreePorts.next();
        Path tmp = Files.createDirectories(WORK.resolve("tmp").toAbsolutePath());
        Path log = WORK.resolve("app-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.io.tmpdir=" + tmp,
                        "-jar",
                        JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        List.of("DATASOURCE_URL", "ELASTICSEARCH_URL", "STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET")
                .forEach(environment::remove);
        environment.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        environment.put("TECHAN_DATA_DIR", dataDir.toString());
        long started = System.nanoTime();
        RunningApp app = new RunningApp(builder.start(), port, log);
        try {
            await().atMost(START_BUDGET).pollInterval(Duration.ofMillis(250)).until(() -> {
                assertThat(app.process.isAlive()).as("app died; see %s", log).isTrue();
                return tryGet(app, "/health")
                        .map(health -> health.statusCode() == 200)
                        .orElse(false);
            });
        } catch (ConditionTimeoutException notHealthy) {
            app.kill();
            throw new AssertionError("App not healthy within " + START_BUDGET + "; see " + log, notHealthy);
        }
        System.out.printf("Packaged app healthy after %d ms%n", (System.nanoTime() - started) / 1_000_000);
        return app;
    }

    private String createPaymentIntent(RunningApp app) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(app.uri("/stripe-stub/v1/payment_intents"))
                        .header("Authorization", "Bearer sk_test_techan_stub")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("amount=1200&currency=cny"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher id = Pattern.compile("\"id\":\"(pi_[A-Za-z0-9]+)\"").matcher(response.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private HttpResponse<String> get(RunningApp app, String path) throws Exception {
        return get(app, path, null);
    }

    private HttpResponse<String> get(RunningApp app, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Optional<HttpResponse<String>> tryGet(RunningApp app, String path) {
        try {
            return Optional.of(get(app, path));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static void assertGone(long pid) {
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("process %d is gone", pid)
                .isFalse();
    }

    private static void awaitGone(long pid, Duration patience) throws InterruptedException {
        await().atMost(patience)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertGone(pid);
    }

    private record RunningApp(Process process, int port, Path log) {

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        /** The embedded MariaDB and search node, found through the app's process tree. */
        List<Long> embeddedServerPids() {
            long database = descendant("mariadbd");
            long searchNode = descendant("org.techan.searchnode.SearchNodeMain");
            return List.of(database, searchNode);
        }

        private long descendant(String marker) {
            return process.descendants()
                    .filter(child -> child.info().commandLine().orElse("").contains(marker))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + marker + " under the app; see " + log))
                    .pid();
        }

        void stop() throws InterruptedException {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("app stops on SIGTERM")
                    .isTrue();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
