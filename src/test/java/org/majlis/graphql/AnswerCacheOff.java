package org.majlis.graphql;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service with the answer cache off, for tests that count what a request really executes. */
public class AnswerCacheOff implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("majlis.cache.answers", "false");
    }
}
