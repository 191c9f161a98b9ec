package org.majlis.document;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.majlis.postgres.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** On PostgreSQL, what replicas share: the same writes, conflicts, history and feed as on the H2 file. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.ENABLED, matches = "true")
class DocumentMutationsPostgresTest extends DocumentMutationsTest {
}
