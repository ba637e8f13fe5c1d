package org.techan.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before any test of a JVM: picks the database and search engine and hands them to Micronaut
 * as system properties, which outrank {@code application.yml}. Registered through {@code
 * META-INF/services}, so every module that has test-support on its test classpath gets it.
 */
public final class TestInfrastructure implements LauncherSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);
    private static volatile boolean prepared;

    private static TestDatabase chosenDatabase;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        prepare();
    }

    /**
     * A fresh database of its own for a test whose data would collide with the module's other
     * tests (loading the whole demo marketplace, say); same server, same settings.
     */
    public static synchronized String separateDatabase(String suffix) {
        prepare();
        return chosenDatabase.freshDatabase("techan_test_" + runPart(TestEnvironment.current(), "_")
                + TestEnvironment.current().moduleName() + "_" + suffix);
    }

    /**
     * An index prefix of its own for a test on a {@link #separateDatabase separate database}: its
     * product ids would otherwise overwrite the module's documents in a shared index.
     */
    public static synchronized String separateIndexPrefix(String suffix) {
        prepare();
        return System.getProperty("elasticsearch.index-prefix") + suffix + "-";
    }

    private static void deleteIndices(String url, String pattern) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url.replaceAll("/$", "") + "/" + pattern))
                                    .DELETE()
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            LOG.info("Deleted earlier runs' indices {}: HTTP {}", pattern, response.statusCode());
        } catch (IOException e) {
            LOG.warn("Could not delete earlier runs' indices {}", pattern, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code TEST_RUN_NAME}, when set, names this run's databases and indices apart, so two builds
     * on one machine (a developer's tests beside a CI run) do not drop each other's data.
     */
    private static String runPart(TestEnvironment environment, String separator) {
        String run = environment
                .getOrDefault("TEST_RUN_NAME", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        return run.isEmpty() ? "" : run + separator;
    }

    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        TestEnvironment environment = TestEnvironment.current();
        TestDatabase database = TestDatabase.choose(environment);
        chosenDatabase = database;
        String url = database.freshDatabase("techan_test_" + runPart(environment, "_") + environment.moduleName());
        System.setProperty("datasources.default.url", url);
        System.setProperty("datasources.default.username", database.username());
        System.setProperty("datasources.default.password", database.password());
        LOG.info("Test database: {} -> {}", database.kind(), url);

        TestSearchEngine search = TestSearchEngine.choose(environment);
        System.setProperty("elasticsearch.url", search.url());
        System.setProperty("elasticsearch.embedded-node", Boolean.toString(search.embedded()));
        // Databases are fresh for every run, so indices must be too: ids restart and old documents would linger.
        String modulePrefix = "test-" + runPart(environment, "-") + environment.moduleName() + "-";
        deleteIndices(search.url(), modulePrefix + "*");
        System.setProperty(
                "elasticsearch.index-prefix", modulePrefix + Long.toString(System.currentTimeMillis(), 36) + "-");
        // bcrypt at production cost makes every test account take a quarter second to create.
        System.setProperty("techan.accounts.bcrypt-cost", "4");
        System.setProperty(
                "techan.media.dir",
                Path.of("target", "test-media").toAbsolutePath().toString());
        // Each run starts from the bundled synonyms; tests that edit the file edit this copy.
        Path synonyms = Path.of("target", "test-synonyms", "synonyms.txt").toAbsolutePath();
        try {
            java.nio.file.Files.deleteIfExists(synonyms);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", synonyms, e);
        }
        System.setProperty("techan.search.synonyms-file", synonyms.toString());
        LOG.info("Test search engine: {} -> {}", search.kind(), search.url());
        prepared = true;
    }
}
