package org.majlis.graphql;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.majlis.postgres.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** On PostgreSQL every example operation answers exactly as reviewed on H2. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.ENABLED, matches = "true")
class OperationsPostgresTest extends OperationsTest {
}
