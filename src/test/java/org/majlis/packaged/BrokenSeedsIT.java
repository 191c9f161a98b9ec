package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A broken external seed folder stops the start, with every error listed. */
class BrokenSeedsIT {

    @Test
    void theServiceDoesNotStartAndListsEveryError() throws Exception {
        Path seeds = Files.createTempDirectory("majlis-broken-seeds");
        Files.createDirectories(seeds.resolve("documents"));
        Files.writeString(seeds.resolve("documents/broken.txt"), "Lavrov met al-Lafi in Moscow.");
        Files.writeString(seeds.resolve("documents/broken.yaml"), """
                document:
                  title: A broken document
                  publisher: Test
                  publishedOn: "2024-05-13"
                  language: en
                  venue: nowhere
                meetings:
                  - slug: broken-meeting
                    title: { en: Broken }
                    kind: TALKS
                    status: REPORTED
                    date: { iso: "2024-05-13" }
                    participants:
                      - actor: nobody
                        role: HOST
                        evidence: [ "Lavrov met" ]
                    evidence: [ "in Kazan" ]
                """);
        try (PackagedApp app = PackagedApp.start(Map.of("MAJLIS_SEEDS_EXTERNAL", seeds.toString()))) {
            assertNotEquals(0, app.awaitExit(Duration.ofSeconds(60)), app.output());
            String output = app.output();
            assertTrue(output.contains("3 errors in the seeds, nothing imported"), output);
            assertTrue(output.contains("documents/broken.yaml:6:3: unknown key 'venue'"), output);
            assertTrue(output.contains("documents/broken.yaml:14:16: unknown actor 'nobody'"), output);
            assertTrue(output.contains("documents/broken.yaml:17:17: quote not found"), output);
        }
    }
}
