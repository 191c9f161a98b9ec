package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.majlis.postgres.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The import on PostgreSQL: all or nothing, and idempotent, as on H2; and replicas starting at once take turns. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.ENABLED, matches = "true")
class SeedImportPostgresTest extends SeedImportTest {

    /**
     * Two imports of a new seed set at the same moment, as two replicas starting on one database run them: one
     * writes it, the other waits for the lock and then finds it imported; neither fails.
     */
    @Test
    void twoImportsAtOnceBothSucceedAndOneWrites() throws Exception {
        Path seeds = SeedFixture.besideTheBundledSeeds().write();
        List<SeedSource> sources = List.of(SeedSource.bundled(), SeedSource.folder(seeds));
        CountDownLatch ready = new CountDownLatch(2);
        try {
            List<CompletableFuture<Boolean>> imports = List.of(startTogether(sources, ready), startTogether(sources, ready));
            List<Boolean> written = imports.stream().map(f -> f.orTimeout(120, TimeUnit.SECONDS).join()).sorted().toList();
            assertEquals(List.of(false, true), written, "one import wrote the set, the other found it written");
        } finally {
            importer.importConfigured();
        }
    }

    private CompletableFuture<Boolean> startTogether(List<SeedSource> sources, CountDownLatch ready) {
        return CompletableFuture.supplyAsync(() -> {
            ready.countDown();
            try {
                ready.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return importer.importFrom(sources);
        });
    }
}
