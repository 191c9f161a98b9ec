package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Each kind of seed error, with the exact message an analyst reads, at the file, line and column to fix. */
@QuarkusTest
class SeedErrorsTest {

    @Inject
    SeedImporter importer;

    @Test
    void theFixtureItselfIsValid() {
        SeedSet seeds = importer.check(List.of(SeedSource.folder(new SeedFixture().write())));
        assertEquals(1, seeds.documents().size());
    }

    @Test
    void unknownKey() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "    kind: TALKS", "    kind: TALKS\n    venue: moscow");
        assertErrors(fixture, "documents/doc.yaml:10:5: unknown key 'venue' (expected one of: date, description, evidence, "
                + "kind, participants, place, slug, statements, status, title, topics)");
    }

    @Test
    void duplicateKey() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "    status: REPORTED", "    status: REPORTED\n    status: ALLEGED");
        assertErrors(fixture, "documents/doc.yaml:11:5: duplicate key 'status': it is already set at line 10; keep one");
    }

    @Test
    void wrongType() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "place: moscow", "place: [moscow]");
        assertErrors(fixture, "documents/doc.yaml:12:12: expected text, found a list");
    }

    @Test
    void unknownEnumValue() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "status: REPORTED", "status: RUMOURED");
        assertErrors(fixture, "documents/doc.yaml:10:13: 'RUMOURED' is not one of REPORTED, ALLEGED, EXPECTED");
    }

    @Test
    void missingRequiredField() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "    kind: TALKS\n", "");
        assertErrors(fixture, "documents/doc.yaml:7:5: missing required key 'kind'");
    }

    @Test
    void unknownReference() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "- actor: sergei-lavrov", "- actor: sergei-lavrof");
        assertErrors(fixture, "documents/doc.yaml:14:16: unknown actor 'sergei-lavrof': no actor in entities/ has this slug; "
                + "did you mean 'sergei-lavrov'?");
    }

    @Test
    void unknownReferenceInsideAnExistingSlugSuggestsIt() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "- actor: sergei-lavrov", "- actor: lavrov");
        assertErrors(fixture, "documents/doc.yaml:14:16: unknown actor 'lavrov': no actor in entities/ has this slug; "
                + "did you mean 'sergei-lavrov'?");
    }

    @Test
    void unknownReferenceLikeNoExistingSlugSuggestsNone() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "place: moscow", "place: kazan");
        assertErrors(fixture, "documents/doc.yaml:12:12: unknown place 'kazan': no place in entities/ has this slug");
    }

    @Test
    void quoteNotInItsDocument() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "\"in Moscow\"", "\"in St Petersburg\"");
        assertErrors(fixture, "documents/doc.yaml:18:17: quote not found in %ROOT%/documents/doc.txt: «in St Petersburg»");
    }

    /** The fixture's text with an Arabic second line, where quotes usually differ by a hamza, a space or a mark. */
    private static SeedFixture arabicQuote(String quote) {
        return new SeedFixture().with("documents/doc.txt", SeedFixture.TEXT + "\nوصل عبد الله اللافي إلى موسكو.")
                .replace("documents/doc.yaml", "\"in Moscow\"", "\"" + quote + "\"");
    }

    @Test
    void quoteDifferingInAHamzaNamesThePassageOfTheText() {
        assertErrors(arabicQuote("الى موسكو"), "documents/doc.yaml:18:17: quote not found in %ROOT%/documents/doc.txt: "
                + "«الى موسكو»; the text has «إلى موسكو» at line 2, column 21 (it differs in hamza forms)");
    }

    @Test
    void quoteDifferingInSpacesAndDiacriticsNamesBoth() {
        assertErrors(arabicQuote("عبدُالله"), "documents/doc.yaml:18:17: quote not found in %ROOT%/documents/doc.txt: "
                + "«عبدُالله»; the text has «عبد الله» at line 2, column 5 (it differs in spaces and diacritics)");
    }

    @Test
    void quoteWithATypoNamesThePassageAndHowManyLettersDiffer() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "\"in Moscow\"", "\"in Moskow\"");
        assertErrors(fixture, "documents/doc.yaml:18:17: quote not found in %ROOT%/documents/doc.txt: "
                + "«in Moskow»; the text has «in Moscow» at line 1, column 20 (one letter differs)");
    }

    @Test
    void quoteThatOccursTwiceWithoutSayingWhich() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "[ \"Lavrov met\" ]", "[ \"Lavrov\" ]");
        assertErrors(fixture, "documents/doc.yaml:17:21: quote occurs 2 times in %ROOT%/documents/doc.txt: "
                + "add occurrence: 1 to 2 to say which («Lavrov»)");
    }

    @Test
    void quoteWithItsOccurrenceIsAccepted() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "[ \"Lavrov met\" ]", "[ { quote: Lavrov, occurrence: 2 } ]");
        assertEquals(1, importer.check(List.of(SeedSource.folder(fixture.write()))).documents().size());
    }

    @Test
    void anUnquotedYearIsANumberAndRefused() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "iso: \"2024-05-13\"", "iso: 2024");
        assertErrors(fixture, "documents/doc.yaml:11:18: expected text, found a number: put it in quotes");
    }

    @Test
    void anUnquotedCountryCodeThatYamlReadsAsFalseIsRefused() {
        var fixture = new SeedFixture().replace("entities/entities.yaml", "kind: CITY", "kind: CITY\n    country: NO");
        assertErrors(fixture, "entities/entities.yaml:14:14: expected text, found true or false: put it in quotes");
    }

    /** YAML 1.2 has no date type, and seeds/README.md says so: an unquoted full date is the text written. */
    @Test
    void anUnquotedDateIsText() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "publishedOn: \"2024-05-13\"", "publishedOn: 2024-05-13")
                .replace("documents/doc.yaml", "iso: \"2024-05-13\"", "iso: 2024-05-13");
        SeedSet seeds = importer.check(List.of(SeedSource.folder(fixture.write())));
        assertEquals("2024-05-13", seeds.documents().get(0).file().document().publishedOn());
    }

    @Test
    void invalidDate() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "iso: \"2024-05-13\"", "iso: \"2024-02-30\"");
        assertErrors(fixture, "documents/doc.yaml:11:18: '2024-02-30' is not a date on the calendar");
    }

    @Test
    void reportedDateAfterPublication() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "iso: \"2024-05-13\"", "iso: \"2024-06\"");
        assertErrors(fixture, "documents/doc.yaml:11:18: '2024-06' is after the document was published (2024-05-13): "
                + "only an EXPECTED claim can lie ahead of its source");
    }

    @Test
    void brokenYaml() {
        var fixture = new SeedFixture().replace("entities/entities.yaml", "kind: CITY", "kind: [CITY");
        assertErrors(fixture, "entities/entities.yaml:14:10: not valid YAML: expected ',' or ']', but got : (while parsing a flow sequence at line 13)");
    }

    @Test
    void everyErrorOfARunIsReportedAtOnceInFileOrder() {
        var fixture = new SeedFixture()
                .replace("entities/entities.yaml", "organisations:", """
                          - slug: sergei-lavrov
                            names:
                              - { lang: en, text: Lavrov }
                        organisations:""")
                .replace("documents/doc.yaml", "place: moscow", "place: petersburg")
                .replace("documents/doc.yaml", "\"in Moscow\"", "\"in Kazan\"")
                .with("documents/later.txt", SeedFixture.TEXT)
                .with("documents/later.yaml", SeedFixture.DOCUMENT.replace("lavrov-in-moscow", "lavrov-again")
                        .replace("iso: \"2024-05-13\"", "iso: \"13 May 2024\""));
        assertErrors(fixture,
                "documents/doc.yaml:12:12: unknown place 'petersburg': no place in entities/ has this slug",
                "documents/doc.yaml:18:17: quote not found in %ROOT%/documents/doc.txt: «in Kazan»",
                "documents/later.yaml:11:18: '13 May 2024' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY",
                "entities/entities.yaml:6:11: duplicate actor slug 'sergei-lavrov': also defined at "
                        + "%ROOT%/entities/entities.yaml:2:11");
    }

    @Test
    void aBrokenEntitiesFileDoesNotMakeEveryReferenceUnknown() {
        var fixture = new SeedFixture().replace("entities/entities.yaml", "kind: STATE", "kind: EMPIRE");
        assertErrors(fixture, "entities/entities.yaml:8:11: 'EMPIRE' is not one of STATE, GOVERNMENT, MINISTRY, MILITARY, "
                + "ARMED_GROUP, PRIVATE_MILITARY_COMPANY, INTERNATIONAL, MEDIA, COMMISSION");
    }

    /** Two roles of Lavrov in Russia in one document; the second may be told apart by a key. */
    private static SeedFixture twoRoles(String secondKey) {
        return new SeedFixture().replace("documents/doc.yaml", "  language: en\n", """
                  language: en
                roles:
                  - actor: sergei-lavrov
                    organisation: russia
                    title: { en: Foreign Minister }
                    current: true
                    status: REPORTED
                    evidence: [ "Lavrov met" ]
                  - %s
                    organisation: russia
                    title: { en: Envoy }
                    current: false
                    status: REPORTED
                    evidence: [ "Lavrov spoke" ]
                """.formatted(secondKey == null ? "actor: sergei-lavrov" : "key: " + secondKey + "\n    actor: sergei-lavrov"));
    }

    @Test
    void twoRolesThatWouldShareAnIdAreToldToTakeAKey() {
        assertErrors(twoRoles(null), "documents/doc.yaml:13:5: another role of this document is also "
                + "Role:doc.sergei-lavrov.russia (documents/doc.yaml:7:5): same actor and organisation; give one of them a "
                + "key (a slug, e.g. key: former-post) to tell them apart");
    }

    @Test
    void aKeyTellsTwoRolesApart() {
        SeedSet seeds = importer.check(List.of(SeedSource.folder(twoRoles("envoy").write())));
        assertEquals(2, seeds.documents().get(0).file().roles().size());
    }

    @Test
    void aKeyGivenTwiceInADocument() {
        // the first role names no organisation, so its own id is Role:doc.sergei-lavrov
        var fixture = twoRoles("sergei-lavrov").replace("documents/doc.yaml", "    organisation: russia\n    title: { en: Foreign Minister }",
                        "    title: { en: Foreign Minister }");
        assertErrors(fixture, "documents/doc.yaml:12:10: another role of this document is also Role:doc.sergei-lavrov "
                + "(documents/doc.yaml:7:5): give it another key");
    }

    @Test
    void anActorTakesPartInAMeetingOnce() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "    evidence: [ \"in Moscow\" ]", """
                      - actor: sergei-lavrov
                        role: VISITOR
                        evidence: [ "Lavrov spoke" ]
                    evidence: [ "in Moscow" ]""".indent(4).stripTrailing());
        assertErrors(fixture, "documents/doc.yaml:18:16: 'sergei-lavrov' already takes part in this meeting "
                + "(documents/doc.yaml:14:16): an actor takes part in a meeting once: list all their quotes under one entry");
    }

    @Test
    void twoStatementsStartingAtTheSameQuoteAreToldToTakeAKey() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "    evidence: [ \"in Moscow\" ]", """
                    statements:
                      - speaker: sergei-lavrov
                        summary: { en: Lavrov spoke. }
                        status: REPORTED
                        evidence: [ "Lavrov spoke" ]
                      - speaker: sergei-lavrov
                        summary: { en: Lavrov said something. }
                        status: REPORTED
                        evidence: [ "Lavrov spoke." ]
                    evidence: [ "in Moscow" ]""".indent(4).stripTrailing());
        assertErrors(fixture, "documents/doc.yaml:23:9: another statement of this document is also Statement:doc.30 "
                + "(documents/doc.yaml:19:9): their earliest quotes start at the same place; give one of them a key (a slug, "
                + "e.g. key: lavrov-on-elections) to tell them apart");
    }

    @Test
    void aClaimQuotesAPassageOnce() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "[ \"in Moscow\" ]", "[ \"in Moscow\", \"in Moscow\" ]");
        assertErrors(fixture, "documents/doc.yaml:18:30: this claim already quotes the same passage "
                + "(documents/doc.yaml:18:17): quote it once");
    }

    /** A second document of the fixture, which reports the first's meeting under sources. */
    private static SeedFixture secondReport(String source) {
        return new SeedFixture().with("documents/second.txt", "Sergei Lavrov held talks in Moscow, his ministry said.")
                .with("documents/second.yaml", """
                        document:
                          title: A second report
                          publisher: Test
                          publishedOn: "2024-05-14"
                          language: en
                        sources:
                        """ + source);
    }

    @Test
    void aSecondReportOfAClaimIsValid() {
        SeedSet seeds = importer.check(List.of(SeedSource.folder(secondReport("""
                  - claim: Meeting:lavrov-in-moscow
                    place: moscow
                    status: ALLEGED
                    evidence: [ "Sergei Lavrov held talks", "his ministry said" ]
                """).write())));
        assertEquals(2, seeds.documents().size());
    }

    @Test
    void aSourceOfAClaimNoDocumentDefines() {
        assertErrors(secondReport("""
                  - claim: Meeting:lavrov-in-moskow
                    evidence: [ "Sergei Lavrov held talks" ]
                """), "documents/second.yaml:7:12: unknown claim 'Meeting:lavrov-in-moskow': no document of the seeds "
                + "defines it; did you mean 'Meeting:lavrov-in-moscow'?");
    }

    @Test
    void aSourceNamedByNoIdOfAKindWithSources() {
        assertErrors(secondReport("""
                  - claim: lavrov-in-moscow
                    evidence: [ "Sergei Lavrov held talks" ]
                """), "documents/second.yaml:7:12: 'claim' must be the id of a meeting, presence, relationship or role: "
                + "Meeting:<slug>, MilitaryPresence:<slug>, Relationship:<slug> or Role:<document>.<key>");
    }

    @Test
    void aDocumentIsNoFurtherSourceOfItsOwnClaim() {
        var fixture = new SeedFixture().replace("documents/doc.yaml", "    evidence: [ \"in Moscow\" ]\n",
                "    evidence: [ \"in Moscow\" ]\nsources:\n  - claim: Meeting:lavrov-in-moscow\n    evidence: [ \"Lavrov spoke\" ]\n");
        assertErrors(fixture, "documents/doc.yaml:20:12: Meeting:lavrov-in-moscow is this document's own claim: list "
                + "these quotes under the claim itself");
    }

    @Test
    void aSourcesQuoteIsLookedForInItsOwnDocument() {
        assertErrors(secondReport("""
                  - claim: Meeting:lavrov-in-moscow
                    evidence: [ "Lavrov met" ]
                """), "documents/second.yaml:8:17: quote not found in documents/second.txt: «Lavrov met»; the "
                + "text has «Lavrov hel» at line 1, column 8 (2 letters differ)");
    }

    @Test
    void aDocumentReportsAClaimOnce() {
        assertErrors(secondReport("""
                  - claim: Meeting:lavrov-in-moscow
                    evidence: [ "Sergei Lavrov held talks" ]
                  - claim: Meeting:lavrov-in-moscow
                    evidence: [ "his ministry said" ]
                """), "documents/second.yaml:9:12: this document already reports Meeting:lavrov-in-moscow "
                + "(documents/second.yaml:7:12): list all its quotes under one entry");
    }

    private void assertErrors(SeedFixture fixture, String... expected) {
        Path root = fixture.write();
        SeedException thrown = assertThrows(SeedException.class, () -> importer.check(List.of(SeedSource.folder(root))));
        List<String> actual = thrown.errors().stream().map(e -> e.toString().replace(root.toString(), "%ROOT%")
                .replace("%ROOT%/", "")).toList();
        List<String> wanted = List.of(expected).stream().map(e -> e.replace("%ROOT%/", "")).toList();
        assertEquals(wanted, actual);
    }
}
