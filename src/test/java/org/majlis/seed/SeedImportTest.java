package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The import is all or nothing, and importing the same seeds again changes no row. */
@QuarkusTest
class SeedImportTest {

    static final List<String> TABLES = List.of("document", "actor", "organisation", "place", "label", "role", "meeting",
            "meeting_topic", "participation", "statement", "military_presence", "presence_support", "relationship", "evidence",
            "claim_source");

    @Inject
    SeedImporter importer;

    @Inject
    SeedReader reader;

    @Inject
    EntityManager em;

    @Test
    void aBrokenSeedFolderImportsNothingAndLeavesTheDataAsItWas() {
        Map<String, Long> before = counts();
        var broken = new SeedFixture().replace("documents/doc.yaml", "\"in Moscow\"", "\"in Kazan\"").write();
        assertThrows(SeedException.class,
                () -> importer.importFrom(List.of(SeedSource.bundled(), SeedSource.folder(broken))));
        assertEquals(before, counts());
    }

    @Test
    void theSameSeedsAreNotWrittenTwice() {
        Map<String, Long> before = counts();
        assertFalse(importer.importConfigured(), "an unchanged seed set is recognised by its fingerprint");
        assertEquals(before, counts());
    }

    /** A start on the seeds the database holds recognises them from their bytes: the same fingerprint as a check's. */
    @Test
    void theFingerprintOfTheFilesBytesIsTheCheckedSetsOne() {
        Path beside = SeedFixture.besideTheBundledSeeds().write();
        for (List<SeedSource> sources : List.of(List.of(SeedSource.bundled()), List.of(SeedSource.folder(beside)),
                List.of(SeedSource.bundled(), SeedSource.folder(beside)))) {
            assertEquals(Optional.of(reader.check(sources).fingerprint()), reader.fingerprint(sources),
                    SeedReader.describe(sources));
        }
    }

    @Test
    void aFileThatIsNotASeedGivesNoFingerprintSoTheCheckReportsIt() {
        Path folder = new SeedFixture().with("documents/notes.docx", "not a seed").write();
        assertEquals(Optional.empty(), reader.fingerprint(List.of(SeedSource.folder(folder))));
        assertThrows(SeedException.class, () -> importer.importFrom(List.of(SeedSource.folder(folder))));
    }

    @Test
    void rewritingTheSameSeedsGivesTheSameRows() {
        Map<String, Long> before = counts();
        List<?> evidenceBefore = evidence();
        QuarkusTransaction.requiringNew().run(() -> SeedImport.deleteAll());
        assertTrue(importer.importConfigured(), "without the fingerprint the set is written again");
        assertEquals(before, counts());
        assertEquals(evidenceBefore, evidence());
    }

    @Test
    void anExternalFolderAddsToTheBundledSeeds() {
        var extra = SeedFixture.besideTheBundledSeeds().write();
        Map<String, Long> before = counts();
        try {
            // The tests serve a fixture of their own (src/test/resources/fixture-seeds), so the bundled seeds,
            // whatever seeds/ holds today, are counted alone first (not written when they are the fixture's files).
            importer.importFrom(List.of(SeedSource.bundled()));
            Map<String, Long> bundled = counts();
            assertTrue(importer.importFrom(List.of(SeedSource.bundled(), SeedSource.folder(extra))));
            assertEquals(bundled.get("document") + 1, counts().get("document"));
            assertEquals(bundled.get("actor") + 1, counts().get("actor"));
        } finally {
            importer.importConfigured();
        }
        assertEquals(before, counts());
    }

    /** On H2 the import writes with the foreign-key checks off (SeedWriter); they are on again once it is done. */
    @Test
    void foreignKeysAreCheckedAgainAfterAnImport() {
        QuarkusTransaction.requiringNew().run(() -> SeedImport.deleteAll());
        assertTrue(importer.importConfigured());
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into meeting_topic (meeting, ordinal, topic) values ('no-such-meeting', 0, 'x')").executeUpdate()));
    }

    private Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : TABLES) {
                counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
            }
            return counts;
        });
    }

    private List<?> evidence() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select claim, quote, start_offset, end_offset from evidence order by claim, ordinal").getResultList()
                .stream().map(row -> List.of((Object[]) row)).toList());
    }
}
