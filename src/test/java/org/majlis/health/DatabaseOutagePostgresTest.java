package org.majlis.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.majlis.graphql.GraphQL;
import org.majlis.postgres.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * When PostgreSQL goes away, readiness goes DOWN and queries fail fast with a code a client can retry on; when it
 * returns, the service recovers without a restart. Stops and starts the local cluster of .ci/start-postgres.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.ENABLED, matches = "true")
class DatabaseOutagePostgresTest {

    static final String QUERY = "{ documents { totalCount } }";

    @Test
    void readinessGoesDownQueriesFailFastAndTheServiceRecovers() throws Exception {
        given().get("/q/health/ready").then().statusCode(200);
        cluster("stop");
        try {
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            long started = System.nanoTime();
            GraphQL.post(QUERY).body("errors[0].extensions.code", equalTo("UNAVAILABLE"));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10, "a query fails fast, not after a hang");
        } finally {
            cluster("start");
        }
        awaitRecovery(Duration.ofSeconds(60));
        GraphQL.post(QUERY).body("data.documents.totalCount", equalTo(1));
    }

    private static void awaitRecovery(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (given().get("/q/health/ready").statusCode() == 200
                    && GraphQL.post(QUERY).extract().jsonPath().get("errors") == null) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service did not recover within " + timeout);
    }

    /** pg_ctlcluster VERSION main stop|start, for the newest installed PostgreSQL. */
    private static void cluster(String action) throws IOException, InterruptedException {
        String version;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString()).max((a, b) -> Integer.compare(Integer.parseInt(a),
                    Integer.parseInt(b))).orElseThrow();
        }
        Process process = new ProcessBuilder("pg_ctlcluster", version, "main", action).inheritIO().start();
        assertTrue(process.waitFor() == 0, "pg_ctlcluster " + action + " failed");
    }
}
