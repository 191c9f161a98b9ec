package org.majlis.document;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.majlis.postgres.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** On PostgreSQL, what replicas share: the same writes, conflicts, history and feed as on the H2 file. */
@QuarkusTest
@TestProfile(DocumentMutationsPostgresTest.Writes.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.ENABLED, matches = "true")
class DocumentMutationsPostgresTest extends DocumentMutationsTest {

    /**
     * A profile of its own, so that Quarkus starts the service afresh for these tests and again after them: what they
     * write (analysts' changes, under which the seeds are no longer applied) would otherwise stay in the database the
     * other PostgreSQL tests share, which Flyway empties only at a start.
     */
    public static class Writes extends PostgresProfile {
    }
}
