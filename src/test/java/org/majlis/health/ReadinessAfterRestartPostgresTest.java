package org.majlis.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.majlis.postgres.ImportWitness;
import org.majlis.postgres.PostgresProfile;
import org.majlis.postgres.PostgresRestartProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Restarting on a PostgreSQL database that holds the seeds imports nothing and serves the same data. */
@QuarkusTest
@TestProfile(PostgresRestartProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.ENABLED, matches = "true")
class ReadinessAfterRestartPostgresTest extends ReadinessPostgresTest {

    @Inject
    ImportWitness witness;

    @Test
    void theRestartFindsTheSeedsAlreadyImported() {
        assertNotNull(witness.atStartup(), "no import ran at startup");
        assertFalse(witness.atStartup().written(), "the restart wrote the seeds again");
    }
}
