package org.majlis.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small valid seed folder written to disk, which a test breaks in one place to see the importer's answer.
 * Kept apart from the bundled seeds so that the line numbers in expected messages do not move when analysts
 * edit those.
 */
final class SeedFixture {

    static final String TEXT = "Lavrov met al-Lafi in Moscow. Lavrov spoke.";

    static final String ENTITIES = """
            actors:
              - slug: sergei-lavrov
                names:
                  - { lang: en, text: Sergei Lavrov }
                  - { lang: ar, text: سيرغي لافروف }
            organisations:
              - slug: russia
                kind: STATE
                names:
                  - { lang: en, text: Russia }
            places:
              - slug: moscow
                kind: CITY
                names:
                  - { lang: en, text: Moscow }
            """;

    static final String DOCUMENT = """
            document:
              title: A test document
              publisher: Test
              publishedOn: "2024-05-13"
              language: en
            meetings:
              - slug: lavrov-in-moscow
                title: { en: Lavrov in Moscow }
                kind: TALKS
                status: REPORTED
                date: { iso: "2024-05-13", text: today }
                place: moscow
                participants:
                  - actor: sergei-lavrov
                    onBehalfOf: russia
                    role: HOST
                    evidence: [ "Lavrov met" ]
                evidence: [ "in Moscow" ]
            """;

    private final Map<String, String> files = new LinkedHashMap<>();

    /**
     * The fixture with slugs of its own (sergei-lavrov-2, russia-2, moscow-2), so that it can be imported beside the
     * bundled seeds or the test fixture, which define the plain ones.
     */
    static SeedFixture besideTheBundledSeeds() {
        return new SeedFixture().replace("entities/entities.yaml", "slug: sergei-lavrov", "slug: sergei-lavrov-2")
                .replace("entities/entities.yaml", "slug: russia", "slug: russia-2")
                .replace("entities/entities.yaml", "slug: moscow", "slug: moscow-2")
                .replace("documents/doc.yaml", "actor: sergei-lavrov", "actor: sergei-lavrov-2")
                .replace("documents/doc.yaml", "onBehalfOf: russia", "onBehalfOf: russia-2")
                .replace("documents/doc.yaml", "place: moscow", "place: moscow-2");
    }

    SeedFixture() {
        files.put("entities/entities.yaml", ENTITIES);
        files.put("documents/doc.yaml", DOCUMENT);
        files.put("documents/doc.txt", TEXT);
    }

    SeedFixture with(String path, String content) {
        files.put(path, content);
        return this;
    }

    String file(String path) {
        return files.get(path);
    }

    SeedFixture without(String path) {
        files.remove(path);
        return this;
    }

    /** Replaces one exact piece of a file, failing loudly if it is not there. */
    SeedFixture replace(String path, String from, String to) {
        String content = files.get(path);
        if (!content.contains(from)) {
            throw new IllegalArgumentException(path + " does not contain " + from);
        }
        files.put(path, content.replace(from, to));
        return this;
    }

    Path write() {
        try {
            Path root = Files.createTempDirectory("majlis-seeds");
            for (var file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
