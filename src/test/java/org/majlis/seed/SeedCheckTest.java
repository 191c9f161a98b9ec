package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The check command, run as the packaged jar runs it (before Quarkus starts), against the importer that a start
 * runs: the same verdict, and the same errors word for word.
 */
@QuarkusTest
class SeedCheckTest {

    @Inject
    SeedImporter importer;

    /** What one run printed, and its exit status. */
    record Run(int status, String out, List<String> err) {
    }

    static Run check(Map<String, String> settings, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = new SeedCheck(settings::get, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).check(List.of(args));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /**
     * Mistakes of each source of messages: an unknown key (Jackson), a missing key, a constraint's own message and
     * Hibernate Validator's default one (Bean Validation), a quote not in the text (the cross-file checks).
     */
    static SeedFixture broken() {
        return new SeedFixture().replace("documents/doc.yaml", "    kind: TALKS", "    kind: TALKS\n    venue: moscow")
                .replace("documents/doc.yaml", "  publisher: Test\n", "")
                .replace("entities/entities.yaml", "lang: ar", "lang: arabic")
                .replace("entities/entities.yaml", "    names:\n      - { lang: en, text: Moscow }", "    names: []")
                .replace("documents/doc.yaml", "\"in Moscow\"", "\"in Moskow\"");
    }

    @Test
    void theBundledSeedsPassAndTheCountsAreTheImportersOwn() {
        SeedSet bundled = importer.check(List.of(SeedSource.bundled()));
        int documents = bundled.documents().size();
        assertEquals(new Run(0, SeedReader.describe(List.of(SeedSource.bundled())) + ": no errors, " + documents
                + (documents == 1 ? " document and " : " documents and ") + bundled.claims() + " claims would be imported\n",
                List.of()), check(Map.of()));
    }

    @Test
    void aBrokenFolderFailsWithExactlyTheImportersErrors() {
        Path folder = broken().write();
        SeedException refused = assertThrows(SeedException.class, () -> importer.check(List.of(SeedSource.folder(folder))));
        List<String> expected = new ArrayList<>(refused.errors().stream().map(SeedError::toString).toList());
        expected.add(folder + " (3 files): " + refused.errors().size() + " errors, nothing would be imported");
        assertTrue(expected.stream().anyMatch(error -> error.endsWith("'names' must not be empty")), expected::toString);
        assertEquals(new Run(1, "", expected), check(Map.of(), "--no-bundled", folder.toString()));
    }

    /**
     * Issue 24's story: a second, English report of Yevkurov's August 2023 visit to Haftar, made a meeting of its own by
     * the seed guide's rules, passes the checks, and check says which meeting it may be.
     */
    @Test
    void aMeetingThatMayBeAnotherDocumentsIsANoticeNotAnError() throws Exception {
        Path folder = Files.createTempDirectory("majlis-second-report");
        Files.createDirectories(folder.resolve("documents"));
        Files.writeString(folder.resolve("documents/second.txt"),
                "Russian Deputy Defence Minister Yunus-bek Yevkurov met Khalifa Haftar in Benghazi on 22 August 2023.");
        Files.writeString(folder.resolve("documents/second.yaml"), """
                document:
                  title: Yevkurov in Benghazi
                  publisher: Example News
                  publishedOn: "2023-08-23"
                  language: en
                meetings:
                  - slug: 2023-08-22-benghazi-yevkurov-haftar
                    title: { en: Yevkurov meets Haftar in Benghazi }
                    kind: OFFICIAL_VISIT
                    status: REPORTED
                    date: { iso: "2023-08-22", text: 22 August 2023 }
                    place: benghazi
                    participants:
                      - actor: yunus-bek-yevkurov
                        role: VISITOR
                        evidence: [ "Yunus-bek Yevkurov" ]
                      - actor: khalifa-haftar
                        role: HOST
                        evidence: [ "Khalifa Haftar" ]
                    evidence: [ "met" ]
                """);
        Run run = check(Map.of(), folder.toString());
        assertEquals(0, run.status(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals(folder.resolve("documents/second.yaml") + ":7:11: notice: meeting '2023-08-22-benghazi-yevkurov-haftar'"
                + " may be meeting '2023-08-benghazi-yevkurov-haftar' (seeds/documents/000_de159ab6a08af78c.yaml:256:11)"
                + " reported again: the same participants (khalifa-haftar, yunus-bek-yevkurov), dates that overlap, the"
                + " same place (benghazi); if they are one event, list this document's quotes of it under sources: with"
                + " claim: Meeting:2023-08-benghazi-yevkurov-haftar instead, or it is counted twice", lines.get(0));
        assertTrue(lines.get(1).contains(": no errors (1 notice), 2 documents and "), run.out());
    }

    /** Issue 25's test texts (src/test/resources/draft-texts/seeds) stay valid seed files beside the bundled seeds. */
    @Test
    void theDraftTestTextsPassBesideTheBundledSeeds() {
        Run run = check(Map.of(), "src/test/resources/draft-texts/seeds");
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("draft-texts/seeds (25 files): no errors, 13 documents and "), run.out());
    }

    @Test
    void anExternalFolderIsCheckedWithTheBundledSeeds() {
        Path folder = SeedFixture.besideTheBundledSeeds().write();
        Run run = check(Map.of(), folder.toString());
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().startsWith("the bundled seeds/ ("), run.out());
        assertTrue(run.out().contains("), " + folder + " (3 files): no errors"), run.out());
    }

    @Test
    void theFolderTheServiceIsConfiguredWithIsCheckedByDefault() {
        Path folder = broken().write();
        Run run = check(Map.of("majlis.seeds.external", folder.toString(), "majlis.seeds.bundled", "false"));
        assertEquals(1, run.status(), run::toString);
        assertTrue(run.err().get(0).startsWith(folder.resolve("documents/doc.yaml") + ":"), run::toString);
    }

    @Test
    void aFolderThatDoesNotExistIsAUsageError() {
        Run run = check(Map.of(), "/no/such/folder");
        assertEquals(2, run.status());
        assertEquals("no folder at /no/such/folder", run.err().get(0));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = check(Map.of(), "--fix");
        assertEquals(2, run.status());
        assertEquals("unknown option --fix", run.err().get(0));
        assertTrue(run.err().get(1).startsWith("usage: check [--no-bundled] [FOLDER]"), run::toString);
    }

    @Test
    void nothingToCheckIsAUsageError() {
        Run run = check(Map.of(), "--no-bundled");
        assertEquals(2, run.status());
        assertEquals("nothing to check: give a folder, or leave out --no-bundled", run.err().get(0));
    }
}
