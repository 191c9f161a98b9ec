package org.majlis.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

    /**
     * The corpus is written once under target/ (the generator is deterministic) and read by every later start, the
     * packaged app's included; a folder left half-written by an interrupted run is written again.
     */
    @Override
    public Map<String, String> start() {
        Path folder = Path.of("target", "synthetic-corpus-" + DOCUMENTS).toAbsolutePath();
        // Beside the folder, not in it: every file in a seed folder is read as a seed.
        Path written = Path.of(folder + ".written");
        try {
            if (!Files.exists(written)) {
                deleteRecursively(folder);
                Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "bench/CorpusGenerator.java", String.valueOf(DOCUMENTS), folder.toString()).inheritIO().start();
                if (!generator.waitFor(120, TimeUnit.SECONDS) || generator.exitValue() != 0) {
                    throw new IllegalStateException("bench/CorpusGenerator.java did not write the corpus");
                }
                Files.createFile(written);
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

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Override
    public void stop() {
        // the folder stays for the next start: the packaged app may still be reading it as it stops
    }
}
