package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A broken external seed folder stops the start, with every error listed, one plain log line each. */
class BrokenSeedsIT {

    private static final Pattern LOG_LINE = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} ERROR \\[org\\.majlis\\.seed\\.SeedImporter] \\(main\\) (.*)");

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
            assertEquals(1, app.awaitExit(Duration.ofSeconds(60)), app.output());
            String output = app.output();
            String file = seeds.resolve("documents/broken.yaml").toString();
            assertEquals(List.of(
                    "3 errors in the seeds, nothing imported:",
                    file + ":6:3: unknown key 'venue' (expected one of: language, publishedOn, publisher, "
                            + "publisherOrganisation, title, url)",
                    file + ":14:16: unknown actor 'nobody': no actor in entities/ has this slug",
                    file + ":17:17: quote not found in " + seeds.resolve("documents/broken.txt") + ": «in Kazan»"),
                    seedErrorLines(output), output);
            assertTrue(Pattern.compile("INFO  \\[org\\.majlis\\.seed\\.SeedImporter] \\(main\\) Reading seeds from the bundled "
                    + "seeds/ \\(\\d+ files\\), " + Pattern.quote(seeds.toString()) + " \\(2 files\\)\n").matcher(output).find(),
                    "the log names each seed folder and its file count:\n" + output);
            List<String> lines = output.strip().lines().toList();
            assertEquals("Majlis did not start: 3 errors in the seeds, listed above", lines.get(lines.size() - 1), output);
            assertFalse(output.contains("\tat "), "no stack trace:\n" + output);
        }
    }

    /** The messages of the importer's error lines, as a person reads them after the time, level and category. */
    private static List<String> seedErrorLines(String output) {
        return output.lines().map(LOG_LINE::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
    }
}
