package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.majlis.draft.Suggestion;
import org.majlis.draft.SuggestionKind;
import org.majlis.draft.SuggestionStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Drafted suggestions are not seed data (issue 25): an import of changed seeds leaves them, decided or not, with
 * their documents, and forgets those whose document it took away.
 */
@QuarkusTest
@TestProfile(SecondReport.class)
class ImportKeepsSuggestionsTest {

    @Inject
    SeedImporter importer;

    @AfterEach
    void restoreTheConfiguredSeeds() {
        importer.importConfigured();
        QuarkusTransaction.requiringNew().run(() -> Suggestion.delete("slug like 'import-test-%'"));
    }

    @Test
    void anImportKeepsTheSuggestionsOfTheDocumentsItKeepsAndForgetsTheOthers() {
        QuarkusTransaction.requiringNew().run(() -> {
            suggestion("import-test-kept", "000_de159ab6a08af78c", SuggestionStatus.REJECTED).persist();
            suggestion("import-test-gone", "second-report", SuggestionStatus.OPEN).persist();
        });
        importer.importFrom(List.of(SeedSource.bundled()));
        List<String> left = QuarkusTransaction.requiringNew().call(() -> Suggestion.<Suggestion> list("slug like 'import-test-%'")
                .stream().map(s -> s.slug + " " + s.status).toList());
        assertEquals(List.of("import-test-kept REJECTED"), left);
    }

    private static Suggestion suggestion(String slug, String document, SuggestionStatus status) {
        Suggestion s = new Suggestion();
        s.slug = slug;
        s.documentSlug = document;
        s.kind = SuggestionKind.ROLE;
        s.status = status;
        s.summary = "a test's";
        s.mutation = "addRole";
        s.proposal = "{}";
        s.quotes = "[]";
        s.rule = "test";
        s.ruleVersion = "0";
        s.draftedAt = Instant.now();
        return s;
    }
}
