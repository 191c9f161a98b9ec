package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@code java -jar quarkus-run.jar check}, as an analyst runs it: plain lines an editor can jump to, nothing else
 * on the terminal (no banner, no log lines, no stack trace), and the exit status a script can test.
 */
class SeedCheckIT {

    @Test
    void theBundledSeedsPass() throws Exception {
        PackagedApp.Finished run = PackagedApp.command(Map.of(), "check");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().matches("the bundled seeds/ \\(\\d+ files\\): no errors, \\d+ documents? and \\d+ claims "
                + "would be imported\n"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aBrokenFolderListsEachErrorWithTheFixAndExitsWithOne() throws Exception {
        Path seeds = Files.createTempDirectory("majlis-check");
        Files.createDirectories(seeds.resolve("documents"));
        Files.createDirectories(seeds.resolve("entities"));
        Files.writeString(seeds.resolve("entities/actors.yaml"), """
                actors:
                  - slug: abdullah-al-lafi
                    names:
                      - { lang: en, text: Abdullah al-Lafi }
                      - { lang: ar, text: عبد الله اللافي }
                """);
        Files.writeString(seeds.resolve("documents/broken.txt"), "وصل عبد الله اللافي إلى موسكو.");
        Files.writeString(seeds.resolve("documents/broken.yaml"), """
                document:
                  title: A broken document
                  publisher: Test
                  publishedOn: "2024-05-13"
                  language: ar
                meetings:
                  - slug: broken-meeting
                    title: { en: Broken }
                    kind: TALKS
                    status: REPORTED
                    date: { iso: "2024-05-13" }
                    participants:
                      - actor: abdullah-al-lafy
                        role: VISITOR
                        evidence: [ "عبد الله اللافي" ]
                    evidence: [ "الى موسكو" ]
                """);
        // The folder alone, as the service is configured to serve it: the bundled seeds may grow and name others.
        PackagedApp.Finished run = PackagedApp.command(
                Map.of("MAJLIS_SEEDS_BUNDLED", "false", "MAJLIS_SEEDS_EXTERNAL", seeds.toString()), "check");
        String file = seeds.resolve("documents/broken.yaml").toString();
        assertEquals(List.of(
                file + ":13:16: unknown actor 'abdullah-al-lafy': no actor in entities/ has this slug; "
                        + "did you mean 'abdullah-al-lafi'?",
                file + ":16:17: quote not found in " + seeds.resolve("documents/broken.txt") + ": «الى موسكو»; "
                        + "the text has «إلى موسكو» at line 1, column 21 (it differs in hamza forms)",
                seeds + " (3 files): 2 errors, nothing would be imported"),
                run.err().lines().toList(), run.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
    }

    /** The packaged app's document-id, as the seed guide has an analyst name a new article's files. */
    @Test
    void aNewDocumentsSlugIsPrintedAsTheApiMakesIt() throws Exception {
        Path text = Files.createTempFile("new", ".txt");
        Files.writeString(text, "Lavrov met al-Lafi in Moscow on Monday.\n");
        PackagedApp.Finished run = PackagedApp.command(Map.of(), "document-id", text.toString(), "2024-05-13");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(text)));
        assertEquals("2024-05-13-" + sha256.substring(0, 12) + "\n", run.out(), run.toString());
        assertEquals("", run.err());
        assertEquals(0, run.exitCode());
    }
}
