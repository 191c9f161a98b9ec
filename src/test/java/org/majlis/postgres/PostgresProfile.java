package org.majlis.postgres;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs the service on a real PostgreSQL server, as the PostgreSQL build does: the database kind is a build-time
 * setting, which a test profile may change because Quarkus builds the application again for it. The server and
 * its credentials come from MAJLIS_POSTGRES_URL, _USER and _PASSWORD, by default those of .ci/start-postgres.
 * Flyway empties the database first, so the start imports the seeds for real.
 */
public class PostgresProfile implements QuarkusTestProfile {

    /** Set to true (.ci/run does) to run the PostgreSQL tests; they fail, not skip, when the server is missing. */
    public static final String ENABLED = "MAJLIS_POSTGRES_TESTS";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", env("MAJLIS_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/majlis_test"),
                "quarkus.datasource.username", env("MAJLIS_POSTGRES_USER", "majlis"),
                "quarkus.datasource.password", env("MAJLIS_POSTGRES_PASSWORD", "majlis"),
                "quarkus.flyway.clean-disabled", String.valueOf(!cleanAtStart()),
                "quarkus.flyway.clean-at-start", String.valueOf(cleanAtStart()));
    }

    boolean cleanAtStart() {
        return true;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
