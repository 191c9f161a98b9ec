package org.majlis.health;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.majlis.postgres.PostgresProfile;
import org.majlis.store.Store;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** On PostgreSQL the service is ready with the same counts as on H2. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.ENABLED, matches = "true")
class ReadinessPostgresTest extends ReadinessTest {

    @Override
    Store.Kind database() {
        return Store.Kind.POSTGRESQL;
    }
}
