package org.majlis.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A writer who has made their changes of the minute is told when to come back; other writers are not held up. */
@QuarkusTest
@TestProfile(WriteRateTest.ThreeAMinute.class)
class WriteRateTest {

    public static class ThreeAMinute extends WritableStore {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("majlis.auth.writes-per-minute", "3");
            return config;
        }
    }

    private static String create(String token) {
        String slug = "rate-" + UUID.randomUUID();
        GraphQL.postAs(token, WhoMayWriteTest.CREATE, Map.of("slug", slug));
        return slug;
    }

    @Test
    void theFourthChangeInAMinuteWaitsAndAnotherWriterDoesNot() {
        String rita = Tokens.analyst("rita");
        for (int i = 0; i < 3; i++) {
            create(rita);
        }
        String slug = "rate-" + UUID.randomUUID();
        GraphQL.postAs(rita, WhoMayWriteTest.CREATE, Map.of("slug", slug))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"))
                .body("errors[0].message", matchesPattern(
                        "rita has made the changes one writer may make in a minute: try again in \\d+ s\\."));
        GraphQL.post(WhoMayWriteTest.READ, Map.of("id", "Document:" + slug)).body("data.node", nullValue());
        GraphQL.postAs(Tokens.analyst("sam"), WhoMayWriteTest.CREATE, Map.of("slug", "rate-" + UUID.randomUUID()))
                .body("errors", nullValue());
    }
}
