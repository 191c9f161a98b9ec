package org.majlis.seed;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.majlis.postgres.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The import on PostgreSQL: all or nothing, and idempotent, as on H2. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.ENABLED, matches = "true")
class SeedImportPostgresTest extends SeedImportTest {
}
