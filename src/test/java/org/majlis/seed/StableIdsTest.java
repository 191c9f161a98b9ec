package org.majlis.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Ids are what a claim is, never where it stands: a corpus is imported, then again with a document added before
 * every other in sort order, with one removed, and with one document's claims edited; every id that an export or
 * the API gives for a claim left alone or edited is the same, on the same claim.
 */
@QuarkusTest
class StableIdsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Sorts before the bundled document (000_de159ab6a08af78c) and every other. */
    private static final String ADDED = "000_0a";
    private static final String REMOVED = "000_0b";
    private static final String EDITED = "000_0c";
    private static final String EDIT = "-edited"; // the same in a URL (Popolo's post ids)

    @Inject
    SeedImporter importer;

    @AfterEach
    void restoreTheConfiguredSeeds() {
        importer.importConfigured();
    }

    @Test
    void aDocumentAddedFirstMovesNoId() {
        Map<String, Map<String, String>> before = idsAfterImporting(corpus());
        Map<String, Map<String, String>> after = idsAfterImporting(corpus().with(ADDED));
        assertSame(before, after, entry -> !entry.contains(ADDED), UnaryOperator.identity());
    }

    @Test
    void aRemovedDocumentMovesNoId() {
        Map<String, Map<String, String>> before = idsAfterImporting(corpus());
        Map<String, Map<String, String>> after = idsAfterImporting(corpus().without(REMOVED));
        assertSame(before, after, entry -> !entry.contains(REMOVED), UnaryOperator.identity());
    }

    @Test
    void editedClaimsKeepTheirIds() {
        Map<String, Map<String, String>> before = idsAfterImporting(corpus());
        Corpus edited = corpus().edit(EDITED, "title: { en: Foreign Minister }", "title: { en: Foreign Minister" + EDIT + " }")
                .edit(EDITED, "summary: { en: Trade will grow }", "summary: { en: Trade will grow" + EDIT + " }")
                .edit(EDITED, "description: { en: Talks }", "description: { en: Talks" + EDIT + " }");
        Map<String, Map<String, String>> after = idsAfterImporting(edited);
        // Each edited claim is found under its old id, and with the edit undone its content is the old one.
        assertSame(before, after, entry -> true, entry -> entry.replace(EDIT, ""));
        String api = after.get("API of Document:" + EDITED).values().toString();
        assertTrue(api.contains("Foreign Minister" + EDIT) && api.contains("Trade will grow" + EDIT)
                && api.contains("Talks" + EDIT), "the edited seeds were imported");
    }

    /**
     * Every id of every source, before and after, for the entries that both imports hold: same ids, each on the
     * same content.
     */
    private static void assertSame(Map<String, Map<String, String>> before, Map<String, Map<String, String>> after,
            Predicate<String> kept, UnaryOperator<String> normalise) {
        assertEquals(before.keySet().stream().filter(kept).toList(), after.keySet().stream().filter(kept).toList(),
                "the same sources");
        for (String source : before.keySet()) {
            if (!kept.test(source)) {
                continue;
            }
            Map<String, String> expected = new TreeMap<>();
            before.get(source).forEach((id, content) -> {
                if (kept.test(content)) {
                    expected.put(id, content);
                }
            });
            Map<String, String> actual = new TreeMap<>();
            after.get(source).forEach((id, content) -> {
                if (kept.test(content)) {
                    actual.put(id, normalise.apply(content));
                }
            });
            assertTrue(expected.size() > 0, source + " has ids to compare");
            assertEquals(expected, actual, "the ids of " + source);
        }
    }

    private Map<String, Map<String, String>> idsAfterImporting(Corpus corpus) {
        importer.importFrom(List.of(SeedSource.bundled(), SeedSource.folder(corpus.write())));
        Map<String, Map<String, String>> ids = new TreeMap<>();
        ids.put("claims.csv", csvClaims());
        ids.put("popolo memberships", byId(json("/exports/popolo.json").get("memberships")));
        ids.put("places.geojson", byId(json("/exports/places.geojson").get("features")));
        ids.put("military-presences.geojson", byId(json("/exports/military-presences.geojson").get("features")));
        for (String document : documents()) {
            String slug = document.substring(document.indexOf(':') + 1);
            ids.put("annotations of " + document, byId(json("/exports/documents/" + slug + "/annotations")
                    .get("first").get("items")));
            ids.put("API of " + document, claims(document));
        }
        return ids;
    }

    /** claim_id to the rest of its row (a claim has one row per quote: the rows are joined). */
    private static Map<String, String> csvClaims() {
        String csv = given().get("/exports/claims.csv").then().statusCode(200).extract().asString();
        Map<String, String> rows = new TreeMap<>();
        try {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(csv))) {
                rows.merge(row.get("claim_id"), row.toMap().toString(), (a, b) -> a + "\n" + b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Every claim of a document as the API gives it, with its quotes' ids, by the claim's id. */
    private static Map<String, String> claims(String document) {
        String answer = GraphQL.post("""
                query($id: ID!) { node(id: $id) { ... on Document {
                  roles(first: 100) { nodes { id title status evidence { id start end } } }
                  meetings(first: 100) { nodes { id title description evidence { id start end }
                    participants { id role evidence { id start end } }
                    statements { id summary evidence { id start end } } } }
                  militaryPresences(first: 100) { nodes { id kind evidence { id start end } } }
                  relationships(first: 100) { nodes { id kind evidence { id start end } } }
                } } }""", Map.of("id", document)).extract().asString();
        Map<String, String> claims = new TreeMap<>();
        for (JsonNode list : read(answer).get("data").get("node")) {
            for (JsonNode claim : list.get("nodes")) {
                claims.put(claim.get("id").asText(), claim.toString());
                for (String part : List.of("participants", "statements")) {
                    claims.putAll(claim.has(part) ? byId(claim.get(part)) : Map.of());
                }
            }
        }
        return claims;
    }

    private static Map<String, String> byId(JsonNode items) {
        Map<String, String> byId = new TreeMap<>();
        for (JsonNode item : items) {
            byId.put(item.get("id").asText(), item.toString());
        }
        return byId;
    }

    private static JsonNode json(String path) {
        return read(given().get(path).then().statusCode(200).extract().asString());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> documents() {
        return GraphQL.post("{ documents(first: 100) { nodes { id } } }").extract().path("data.documents.nodes.id");
    }

    private static Corpus corpus() {
        return new Corpus().with(REMOVED).with(EDITED);
    }

    /**
     * Documents beside the bundled seeds (src/test/resources/fixture-seeds), each with a role, a meeting, a
     * participation and a statement, on entities of their own.
     */
    private static final class Corpus {
        private final SeedFixture files = new SeedFixture().without("documents/doc.yaml").without("documents/doc.txt")
                .with("entities/entities.yaml", SeedFixture.besideTheBundledSeeds().file("entities/entities.yaml"));

        Corpus with(String slug) {
            files.with("documents/" + slug + ".txt",
                    "Foreign Minister Lavrov met al-Lafi in Moscow on day " + slug + ". Lavrov said trade would grow.");
            files.with("documents/" + slug + ".yaml", """
                    document:
                      title: Report %1$s
                      publisher: Test
                      publishedOn: "2024-05-13"
                      language: en
                    roles:
                      - actor: sergei-lavrov-2
                        organisation: russia-2
                        title: { en: Foreign Minister }
                        current: true
                        status: REPORTED
                        evidence: [ "Foreign Minister Lavrov" ]
                    meetings:
                      - slug: talks-%1$s
                        title: { en: Talks %1$s }
                        description: { en: Talks }
                        kind: TALKS
                        status: REPORTED
                        date: { iso: "2024-05-13", text: day %1$s }
                        place: moscow-2
                        participants:
                          - actor: sergei-lavrov-2
                            onBehalfOf: russia-2
                            role: HOST
                            evidence: [ "Lavrov met" ]
                        statements:
                          - speaker: sergei-lavrov-2
                            summary: { en: Trade will grow }
                            status: REPORTED
                            evidence: [ "said trade would grow" ]
                        evidence: [ "in Moscow on day %1$s" ]
                    """.formatted(slug));
            return this;
        }

        Corpus without(String slug) {
            files.without("documents/" + slug + ".txt").without("documents/" + slug + ".yaml");
            return this;
        }

        Corpus edit(String slug, String from, String to) {
            files.replace("documents/" + slug + ".yaml", from, to);
            return this;
        }

        Path write() {
            return files.write();
        }
    }
}
