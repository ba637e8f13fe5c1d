package org.techan.testsupport;

import java.nio.file.Path;
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
        return chosenDatabase.freshDatabase(
                "techan_test_" + TestEnvironment.current().moduleName() + "_" + suffix);
    }

    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        TestEnvironment environment = TestEnvironment.current();
        TestDatabase database = TestDatabase.choose(environment);
        chosenDatabase = database;
        String url = database.freshDatabase("techan_test_" + environment.moduleName());
        System.setProperty("datasources.default.url", url);
        System.setProperty("datasources.default.username", database.username());
        System.setProperty("datasources.default.password", database.password());
        LOG.info("Test database: {} -> {}", database.kind(), url);

        TestSearchEngine search = TestSearchEngine.choose(environment);
        System.setProperty("elasticsearch.url", search.url());
        System.setProperty("elasticsearch.embedded-node", Boolean.toString(search.embedded()));
        System.setProperty("elasticsearch.index-prefix", "test-" + environment.moduleName() + "-");
        // bcrypt at production cost makes every test account take a quarter second to create.
        System.setProperty("techan.accounts.bcrypt-cost", "4");
        System.setProperty(
                "techan.media.dir",
                Path.of("target", "test-media").toAbsolutePath().toString());
        LOG.info("Test search engine: {} -> {}", search.kind(), search.url());
        prepared = true;
    }
}
