package org.microcred.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/** A real PostgreSQL 17 run from Maven-supplied binaries: the dev default database and the tests' database. */
public final class EmbeddedDatabase {

    public static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private EmbeddedDatabase() {
    }

    /** Starts (or reuses on disk) a database in {@code dataDir}; returns its JDBC URL. */
    public static String startPersistent(String dataDir) {
        Path dir = Path.of(dataDir).toAbsolutePath();
        try {
            Files.createDirectories(dir);
            stopLeftoverServer(dir);
            EmbeddedPostgres pg = builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s", pg.getPort(), dir);
            return jdbcUrl(pg);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    /** Starts a throw-away database (tests, benchmarks). */
    public static EmbeddedPostgres startTemporary() {
        try {
            return builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    public static String jdbcUrl(EmbeddedPostgres pg) {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
    }

    private static EmbeddedPostgres.Builder builder() {
        // Durable by default: a crash must not lose committed awards.
        return EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100");
    }

    /** A JVM killed with -9 leaves its postgres child running on the data directory; stop it before starting. */
    private static void stopLeftoverServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .ifPresent(p -> {
                        LOG.warnf("Stopping a PostgreSQL (pid %d) left running on %s by an earlier crash", pid, dir);
                        p.destroy();
                        p.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
                    });
        } catch (NumberFormatException e) {
            LOG.debugf("Unreadable %s; leaving it to PostgreSQL", pidFile);
        }
    }
}
