package org.majlis.auth;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service on a database that lasts (an H2 file, as the README's run command has it), which takes writes: the
 * tests' default database is in memory, which refuses them (READ_ONLY). A new file for each start, so every test
 * class begins on the fixture alone; tests within a class write under names of their own.
 */
public class WritableStore implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:h2:file:./target/writable-store/" + UUID.randomUUID() + "/majlis;WRITE_DELAY=0",
                // The key the tests sign with (Tokens), in the packaged app too, which runs the prod profile.
                "majlis.auth.local-key", Tokens.KEY.toString(),
                // Every class on this store writes as the same few names, far more than a person in a minute, and
                // shares one app: the rate limit is WriteRateTest's, on an app of its own.
                "majlis.auth.writes-per-minute", "100000");
    }
}
