package org.majlis.packaged;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a valid seed folder of many small documents, so that importing it takes long enough to be interrupted.
 * Slugs start with "gen-" so that it imports beside the bundled seeds.
 */
final class GeneratedSeeds {

    private GeneratedSeeds() {
    }

    static Path write(int documents) throws IOException {
        Path root = Files.createTempDirectory("majlis-generated-seeds");
        Files.createDirectories(root.resolve("entities"));
        Files.createDirectories(root.resolve("documents"));
        StringBuilder entities = new StringBuilder("actors:\n");
        for (int a = 0; a < 20; a++) {
            entities.append("""
                      - slug: gen-actor-%1$d
                        names:
                          - { lang: en, text: Envoy %1$d }
                    """.formatted(a));
        }
        entities.append("""
                places:
                  - slug: gen-city
                    kind: CITY
                    names:
                      - { lang: en, text: Generated City }
                """);
        Files.writeString(root.resolve("entities/generated.yaml"), entities, StandardCharsets.UTF_8);
        for (int d = 0; d < documents; d++) {
            int host = d % 20;
            int guest = (d + 7) % 20;
            String text = "Envoy %d met Envoy %d in Generated City on day %d. They spoke of trade.".formatted(host, guest, d);
            String yaml = """
                    document:
                      title: Generated report %1$d
                      publisher: Test
                      publishedOn: "2024-05-13"
                      language: en
                    meetings:
                      - slug: gen-meeting-%1$d
                        title: { en: Meeting %1$d }
                        kind: TALKS
                        status: REPORTED
                        date: { iso: "2024-05-13", text: day %1$d }
                        place: gen-city
                        participants:
                          - actor: gen-actor-%2$d
                            role: HOST
                            evidence: [ "Envoy %2$d met" ]
                          - actor: gen-actor-%3$d
                            role: VISITOR
                            evidence: [ "met Envoy %3$d" ]
                        evidence: [ "in Generated City on day %1$d." ]
                    """.formatted(d, host, guest);
            Files.writeString(root.resolve("documents/gen-" + d + ".txt"), text, StandardCharsets.UTF_8);
            Files.writeString(root.resolve("documents/gen-" + d + ".yaml"), yaml, StandardCharsets.UTF_8);
        }
        return root;
    }
}
