package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Feeds the importer damaged seed folders: each is refused with a message naming the broken file, nothing is
 * written, and none takes long. Each case should take milliseconds; {@link #HANG} is only there to turn a hang
 * (an alias bomb expanding, a huge file being read) into a failure instead of a stuck build.
 */
@QuarkusTest
class BrokenSeedsFuzzTest {

    static final Duration HANG = Duration.ofSeconds(20);

    @Inject
    SeedImporter importer;

    @Inject
    EntityManager em;

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFolders")
    void aDamagedFolderIsRefusedWithItsFileNamedAndNothingImported(String damage, Supplier<Path> folder, String file,
            String message) {
        Map<String, Long> before = counts();
        Path root = folder.get();
        SeedException refused = assertTimeoutPreemptively(HANG,
                () -> assertThrows(SeedException.class, () -> importer.importFrom(List.of(SeedSource.folder(root)))));
        assertTrue(refused.getMessage().contains(root.resolve(file) + ":"), refused.getMessage());
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
        assertEquals(before, counts());
    }

    static Stream<Arguments> damagedFolders() {
        String document = SeedFixture.DOCUMENT;
        List<Arguments> cases = new ArrayList<>();
        for (int percent : new int[] { 10, 30, 50, 70, 90 }) {
            String truncated = document.substring(0, document.length() * percent / 100);
            cases.add(Arguments.of("YAML truncated at " + percent + "%",
                    folder(() -> new SeedFixture().with("documents/doc.yaml", truncated).write()), "documents/doc.yaml", ""));
        }
        cases.add(Arguments.of("YAML alias bomb", folder(() -> new SeedFixture().with("entities/bomb.yaml", aliasBomb()).write()),
                "entities/bomb.yaml", "YAML aliases (*a0) are not supported"));
        cases.add(Arguments.of("50 MB text", folder(() -> withFile(new SeedFixture().write(), "documents/doc.txt", 50L << 20)),
                "documents/doc.txt", "larger than"));
        cases.add(Arguments.of("YAML nested 1,000 deep", folder(() -> new SeedFixture()
                .with("entities/deep.yaml", "actors: " + "[".repeat(1_000) + "]".repeat(1_000) + "\n").write()),
                "entities/deep.yaml", "not valid YAML"));
        cases.add(Arguments.of("text in Latin-1", folder(() -> withBytes(new SeedFixture().write(), "documents/doc.txt",
                SeedFixture.TEXT.replace("Moscow", "Moscou é").getBytes(StandardCharsets.ISO_8859_1))),
                "documents/doc.txt", "not UTF-8"));
        cases.add(Arguments.of("text in UTF-16", folder(() -> withBytes(new SeedFixture().write(), "documents/doc.txt",
                SeedFixture.TEXT.getBytes(StandardCharsets.UTF_16))), "documents/doc.txt", "not UTF-8"));
        cases.add(Arguments.of("text edited so that a quote no longer matches", folder(() -> new SeedFixture()
                .replace("documents/doc.txt", "Lavrov met al-Lafi", "Lavrov saw al-Lafi").write()),
                "documents/doc.yaml", "quote not found"));
        cases.add(Arguments.of("dangling reference", folder(() -> new SeedFixture()
                .replace("documents/doc.yaml", "place: moscow", "place: kazan").write()), "documents/doc.yaml", "unknown place 'kazan'"));
        cases.add(Arguments.of("duplicate actor slug", folder(() -> new SeedFixture()
                .with("entities/more.yaml", """
                        actors:
                          - slug: sergei-lavrov
                            names:
                              - { lang: en, text: Sergei Lavrov again }
                        """).write()), "entities/more.yaml", "sergei-lavrov"));
        cases.add(Arguments.of("duplicate meeting slug", folder(() -> new SeedFixture()
                .with("documents/copy.yaml", document).with("documents/copy.txt", SeedFixture.TEXT).write()),
                "documents/copy.yaml", "lavrov-in-moscow"));
        return cases.stream();
    }

    /**
     * Random byte damage anywhere in the document's annotations: the importer may accept a harmless change, but it
     * never fails with anything other than a {@link SeedException} and never hangs. Checked without writing.
     */
    @Test
    void randomByteDamageNeverCrashesOrHangsTheImporter() {
        byte[] original = SeedFixture.DOCUMENT.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(5);
        IntStream.range(0, 100).forEach(run -> {
            byte[] damaged = original.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            Path root = withBytes(new SeedFixture().write(), "documents/doc.yaml", damaged);
            assertTimeoutPreemptively(HANG, () -> {
                try {
                    importer.check(List.of(SeedSource.folder(root)));
                } catch (SeedException expected) {
                    assertTrue(expected.getMessage().contains(root.toString()), expected.getMessage());
                } catch (RuntimeException e) {
                    fail("run " + run + ": " + e + " on\n" + new String(damaged, StandardCharsets.UTF_8));
                }
            });
        });
    }

    /** Each level doubles the one before through aliases: 2^30 nodes if a parser expanded them all. */
    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i <= 30; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        return yaml.append("actors: *a30\n").toString();
    }

    /** A sparse file of the given size: created at once, whatever the size. */
    private static Path withFile(Path root, String path, long size) {
        try (RandomAccessFile file = new RandomAccessFile(root.resolve(path).toFile(), "rw")) {
            file.setLength(size);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path withBytes(Path root, String path, byte[] bytes) {
        try {
            Files.write(root.resolve(path), bytes);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Folders are written when a case runs, not when the cases are listed. */
    private static Supplier<Path> folder(Supplier<Path> write) {
        return write;
    }

    private Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : SeedImportTest.TABLES) {
                counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
            }
            return counts;
        });
    }
}
