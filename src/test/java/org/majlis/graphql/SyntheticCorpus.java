package org.majlis.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Seeds of 1,000 synthetic Arabic documents (bench/CorpusGenerator.java, deterministic) imported beside the bundled
 * ones, so that lists are as long as a real corpus makes them.
 */
public class SyntheticCorpus implements QuarkusTestResourceLifecycleManager {

    static final int DOCUMENTS = 1_000;

    /**
     * The one test profile of every test on the corpus: Quarkus restarts only when the profile changes, so the
     * classes that share it share one generated corpus, one import and one application.
     */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SyntheticCorpus.class, Map.of(), true));
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            Path folder = Files.createTempDirectory("majlis-corpus-" + DOCUMENTS);
            Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "bench/CorpusGenerator.java", String.valueOf(DOCUMENTS), folder.toString()).inheritIO().start();
            if (!generator.waitFor(120, TimeUnit.SECONDS) || generator.exitValue() != 0) {
                throw new IllegalStateException("bench/CorpusGenerator.java did not write the corpus");
            }
            // Beside the bundled seeds, which the tests' own fixture (src/test/resources/fixture-seeds) replaces.
            return Map.of("majlis.seeds.bundled", "true", "majlis.seeds.external", folder.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        // the folder is left in the temporary directory: the packaged app may still be reading it as it stops
    }
}
