package org.majlis.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Whatever seeds/ bundles, imported as production imports it, is whole: it imports without an error, every claim
 * has evidence and every quote stands at its offsets (JavaScript's document.text.slice(start, end) === quote),
 * every reference resolves, and every operation of graphql/operations/ is valid and answered without errors. The
 * reviewed answers themselves belong to the tests' fixture (src/test/resources/fixture-seeds, OperationsTest):
 * here nothing depends on what the bundled articles say, so that analysts can add them freely.
 */
@QuarkusTest
@TestProfile(BundledSeeds.class)
class BundledSeedsTest {

    static final Path SEEDS = Path.of("seeds");
    static final Path OPERATIONS = Path.of("graphql/operations");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String EVIDENCE = "evidence { quote start end document { id } }";
    /** Every claim with its evidence and every reference it makes, a page at a time. */
    private static final Map<String, String> CLAIMS = Map.of(
            "actors", "id roles(first: 100) { totalCount nodes { actor { id } organisation { id } " + EVIDENCE + " } }",
            "meetings", "id document { id } place { id } " + EVIDENCE
                    + " participants { actor { id } onBehalfOf { id } meeting { id } " + EVIDENCE + " }"
                    + " statements { speaker { id } organisation { id } reportedBy { id } " + EVIDENCE + " }",
            "militaryPresences", "id document { id } force { id } sponsor { id } place { id } "
                    + "supports { ... on Node { id } } " + EVIDENCE,
            "relationships", "id document { id } subject { ... on Node { id } } object { ... on Node { id } } "
                    + "via { id } place { id } " + EVIDENCE,
            "organisations", "id parent { id }",
            "places", "id",
            "documents", "id publishedBy { id }");

    @Test
    void theBundledSeedsImportWithoutAnErrorAndAreWhatIsServed() throws IOException {
        JsonNode ready = JSON.readTree(given().when().get("/q/health/ready").then().statusCode(200).extract().asString());
        JsonNode check = null;
        for (JsonNode c : ready.get("checks")) {
            if (c.get("name").asText().equals("seed-import")) {
                check = c;
            }
        }
        assertTrue(check != null && check.get("status").asText().equals("UP"), ready.toString());
        Set<String> bundled = new TreeSet<>();
        try (Stream<Path> files = Files.list(SEEDS.resolve("documents"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .forEach(n -> bundled.add("Document:" + n.substring(0, n.indexOf('.'))));
        }
        assertFalse(bundled.isEmpty());
        assertEquals(bundled.size(), check.get("data").get("documents").asInt(), check.toString());
        assertEquals(bundled, new TreeSet<>(ids(all("documents"))));
    }

    @Test
    void everyClaimHasEvidenceAndEveryQuoteStandsAtItsOffsets() {
        Map<String, String> texts = new HashMap<>();
        for (JsonNode document : all("documents", "id text")) {
            texts.put(document.get("id").asText(), document.get("text").asText());
        }
        List<String> claims = new ArrayList<>();
        List<JsonNode> evidence = new ArrayList<>();
        for (JsonNode actor : all("actors")) {
            JsonNode roles = actor.get("roles");
            assertEquals(roles.get("totalCount").asInt(), roles.get("nodes").size(), "more than 100 roles: page them");
            roles.get("nodes").forEach(role -> claim(actor.get("id").asText() + " role", role, claims, evidence));
        }
        for (JsonNode meeting : all("meetings")) {
            String id = meeting.get("id").asText();
            claim(id, meeting, claims, evidence);
            assertFalse(meeting.get("participants").isEmpty(), id + " has no participant");
            meeting.get("participants").forEach(p -> claim(id + " participant " + p.get("actor").get("id").asText(),
                    p, claims, evidence));
            meeting.get("statements").forEach(s -> claim(id + " statement", s, claims, evidence));
        }
        for (String list : List.of("militaryPresences", "relationships")) {
            all(list).forEach(node -> claim(node.get("id").asText(), node, claims, evidence));
        }
        assertFalse(claims.isEmpty());
        for (JsonNode quote : evidence) {
            String text = texts.get(quote.get("document").get("id").asText());
            int start = quote.get("start").asInt();
            int end = quote.get("end").asInt();
            assertTrue(text != null && 0 <= start && start <= end && end <= text.length(), quote.toString());
            // A Java String is UTF-16 code units, as a JavaScript one: substring is slice.
            assertEquals(quote.get("quote").asText(), text.substring(start, end), quote.toString());
        }
    }

    @Test
    void everyReferenceResolves() {
        // The importer refuses a seed set with a dangling slug (the import is checked above); here every list is
        // answered in full, with every reference field of every node, without an error (all() asserts it).
        for (String list : CLAIMS.keySet()) {
            assertFalse(all(list).isEmpty(), list);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationIsValidAndAnsweredWithoutErrors() throws IOException {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        GraphQLSchema served = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        List<Path> operations;
        try (Stream<Path> files = Files.list(OPERATIONS)) {
            operations = files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
        }
        assertFalse(operations.isEmpty(), "graphql/operations/ holds no operation");
        return operations.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String query = Files.readString(p, StandardCharsets.UTF_8);
            Document document = Parser.parse(query);
            List<ValidationError> errors = ParseAndValidate.validate(served, document);
            assertEquals(List.of(), errors, p + " does not validate against the served schema");
            String name = p.getFileName().toString().replace(".graphql", "");
            Path variablesFile = p.resolveSibling(name + ".variables.json");
            Map<?, ?> variables = Files.exists(variablesFile) ? JSON.readValue(variablesFile.toFile(), Map.class) : Map.of();
            JsonNode answer = post(query, variables);
            assertTrue(answer.path("errors").isMissingNode(), p + ": " + answer);
            assertTrue(answer.get("data").isObject(), p + ": " + answer);
        }));
    }

    private static void claim(String name, JsonNode claim, List<String> claims, List<JsonNode> evidence) {
        claims.add(name);
        assertFalse(claim.get("evidence").isEmpty(), name + " has no evidence");
        claim.get("evidence").forEach(evidence::add);
    }

    private static List<JsonNode> all(String list) {
        return all(list, CLAIMS.get(list));
    }

    /** Every node of a top-level list, page by page, each answer without errors. */
    private static List<JsonNode> all(String list, String selection) {
        List<JsonNode> nodes = new ArrayList<>();
        String after = null;
        do {
            JsonNode answer = post("query All($after: String) { " + list + "(first: 10, after: $after) { nodes { "
                    + selection + " } pageInfo { hasNextPage endCursor } } }",
                    after == null ? Map.of() : Map.of("after", after));
            assertTrue(answer.path("errors").isMissingNode(), list + ": " + answer);
            JsonNode connection = answer.get("data").get(list);
            connection.get("nodes").forEach(nodes::add);
            after = connection.get("pageInfo").get("hasNextPage").asBoolean()
                    ? connection.get("pageInfo").get("endCursor").asText() : null;
        } while (after != null);
        return nodes;
    }

    private static List<String> ids(List<JsonNode> nodes) {
        return nodes.stream().map(n -> n.get("id").asText()).toList();
    }

    private static JsonNode post(String query, Map<?, ?> variables) {
        try {
            return JSON.readTree(given().contentType(ContentType.JSON).accept(ContentType.JSON)
                    .body(Map.of("query", query, "variables", variables)).when().post("/graphql")
                    .then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
