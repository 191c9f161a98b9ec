package org.majlis.seed;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The bundled seeds and, beside them, a second report of one of the bundled article's meetings that joins it as a
 * further source (src/test/resources/second-report-seeds, a test text).
 */
public class SecondReport implements QuarkusTestProfile {

    public static final String MEETING = "Meeting:2023-08-benghazi-yevkurov-haftar";
    public static final String DOCUMENT = "Document:second-report";

    @Override
    public Map<String, String> getConfigOverrides() {
        // Absolute, for the packaged app of the ITs too, which may not run where the tests do
        return Map.of("majlis.seeds.bundled", "true",
                "majlis.seeds.external", Path.of("src/test/resources/second-report-seeds").toAbsolutePath().toString());
    }
}
