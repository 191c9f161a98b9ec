package org.majlis.seed;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Serves what seeds/ bundles, as production does, instead of the tests' fixture (src/test/resources/fixture-seeds):
 * for the tests that check the bundled seeds themselves, whatever analysts have added to them. Every class with
 * this profile shares one start.
 */
public class BundledSeeds implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // An empty value is no value: no external folder.
        return Map.of("majlis.seeds.bundled", "true", "majlis.seeds.external", "");
    }
}
