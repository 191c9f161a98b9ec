package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.majlis.postgres.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The export's round trip on PostgreSQL, where operators export while replicas run. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.ENABLED, matches = "true")
class SeedExportPostgresTest extends SeedExportTest {

    /**
     * Another connection holds the quotes' table while the export runs, removes a quote, and commits once the export
     * waits for that table: the export, which read the documents before, holds the database as it was when it began.
     */
    @Test
    void anExportIsOneSnapshotWhateverCommitsWhileItRuns() throws Exception {
        Path before = exported();
        Path during = Files.createTempDirectory("majlis-export").resolve("seeds");
        try (Connection other = database.getConnection()) {
            other.setAutoCommit(false);
            other.createStatement().execute("lock table evidence in access exclusive mode");
            CompletableFuture<?> running = CompletableFuture.runAsync(() -> export.exportTo(during));
            awaitAWaitForTheLock(other);
            int removed = other.createStatement().executeUpdate("delete from evidence where id = (select min(e.id) "
                    + "from evidence e where exists (select 1 from evidence f where f.claim = e.claim and f.id <> e.id))");
            assertEquals(1, removed, "a claim with two quotes has one removed");
            other.commit();
            running.get(60, TimeUnit.SECONDS);
        } finally {
            // The rows no longer match the seeds the database says it holds: written again by the restore.
            try (Connection connection = database.getConnection()) {
                connection.createStatement().executeUpdate("delete from seed_import");
            }
        }
        assertEquals(files(before), files(during));
    }

    private static void awaitAWaitForTheLock(Connection connection) throws SQLException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            try (ResultSet waiting = connection.createStatement().executeQuery(
                    "select count(*) from pg_locks where not granted and relation = 'evidence'::regclass")) {
                waiting.next();
                if (waiting.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the export never waited for the quotes' table");
    }
}
