package org.majlis.presence;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.majlis.auth.Tokens;
import org.majlis.auth.WritableStore;
import org.majlis.document.AddedDocuments;
import org.majlis.graphql.GraphQL;
import org.majlis.graphql.RealisticOperationsTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** An analyst adds the foreign forces a document reports, edits them at the version read; a curator retracts them. */
@QuarkusTest
@TestProfile(WritableStore.class)
class MilitaryPresenceMutationsTest {

    static final String ADD = RealisticOperationsTest.write("AddMilitaryPresence");
    static final String EDIT = RealisticOperationsTest.write("EditMilitaryPresence");
    static final String RETRACT = RealisticOperationsTest.write("RetractMilitaryPresence");

    static final String TEXT = "وصل مئات من عناصر الفيلق الأفريقي الروسي إلى قاعدة الجفرة منذ مطلع 2024 لدعم حفتر.";

    static Map<String, Object> presence(String document) {
        Map<String, Object> input = new HashMap<>();
        input.put("document", document);
        input.put("slug", "p-" + UUID.randomUUID());
        input.put("force", "Organisation:african-corps");
        input.put("sponsor", "Organisation:russia");
        input.put("supports", List.of("Actor:khalifa-haftar"));
        input.put("hostCountry", "LY");
        input.put("place", "Place:al-jufra-air-base");
        input.put("kind", "TROOPS");
        input.put("status", "REPORTED");
        input.put("start", Map.of("iso", "2024-01", "text", "مطلع 2024"));
        input.put("quotes", List.of(Map.of("text", "وصل مئات من عناصر الفيلق الأفريقي الروسي إلى قاعدة الجفرة")));
        return input;
    }

    static ValidatableResponse add(Map<String, Object> input) {
        return GraphQL.postAs(Tokens.analyst("ana"), ADD, Map.of("input", input));
    }

    @Test
    void anAnalystAddsAPresenceThatTheListsOfItsForceAndPlaceShowAtOnce() {
        Map<String, Object> input = presence(AddedDocuments.withText(TEXT));
        String id = "MilitaryPresence:" + input.get("slug");
        add(input)
                .body("errors", nullValue())
                .body("data.addMilitaryPresence.userErrors", empty())
                .body("data.addMilitaryPresence.militaryPresence.id", equalTo(id))
                .body("data.addMilitaryPresence.militaryPresence.supports.id", contains("Actor:khalifa-haftar"))
                .body("data.addMilitaryPresence.militaryPresence.start.iso", equalTo("2024-01"));
        GraphQL.post("""
                query { node(id: "Place:al-jufra-air-base") { ... on Place { militaryPresences(first: 100) { nodes { id } } } } }""")
                .body("data.node.militaryPresences.nodes.id", hasItem(id));
    }

    @Test
    void referencesAndTheHostCountryFollowTheSeedRules() {
        Map<String, Object> input = presence(AddedDocuments.withText(TEXT));
        input.put("force", "Actor:khalifa-haftar");
        input.put("supports", List.of("Place:benghazi", "Organisation:no-such-body"));
        input.put("hostCountry", "Libya");
        add(input)
                .body("data.addMilitaryPresence.militaryPresence", nullValue())
                .body("data.addMilitaryPresence.userErrors.field", contains(List.of("input", "force"),
                        List.of("input", "hostCountry"), List.of("input", "supports", "0"), List.of("input", "supports", "1")))
                .body("data.addMilitaryPresence.userErrors.code", contains("INVALID", "INVALID", "INVALID", "NOT_FOUND"))
                .body("data.addMilitaryPresence.userErrors[1].message", containsString("ISO 3166-1 alpha-2"));
    }

    @Test
    void aStatusThatPutsAKeptDateAheadOfTheSourceIsRefused() {
        Map<String, Object> input = presence(AddedDocuments.withText(TEXT));
        input.put("status", "EXPECTED");
        input.put("start", Map.of("iso", "2025"));
        String id = add(input).extract().path("data.addMilitaryPresence.militaryPresence.id");
        GraphQL.postAs(Tokens.analyst("bob"), EDIT, Map.of("input", Map.of("id", id, "version", 1, "status", "REPORTED")))
                .body("data.editMilitaryPresence.userErrors.field", contains(List.of("input", "status")))
                .body("data.editMilitaryPresence.userErrors[0].message", containsString("(the start)"));
    }

    @Test
    void anEditAndARetractionAreKeptInTheHistory() {
        String id = add(presence(AddedDocuments.withText(TEXT))).extract().path("data.addMilitaryPresence.militaryPresence.id");
        GraphQL.postAs(Tokens.analyst("bob"), EDIT, Map.of("input", Map.of("id", id, "version", 1, "status", "ALLEGED")))
                .body("data.editMilitaryPresence.militaryPresence.version", equalTo(2))
                .body("data.editMilitaryPresence.militaryPresence.history.nodes.kind", contains("CREATED", "EDITED"));
        GraphQL.postAs(Tokens.curator("cora"), RETRACT, Map.of("input", Map.of("id", id, "version", 1, "reason", "x")))
                .body("data.retractMilitaryPresence.userErrors.code", contains("CONFLICT"))
                .body("data.retractMilitaryPresence.militaryPresence.version", equalTo(2));
        GraphQL.postAs(Tokens.curator("cora"), RETRACT, Map.of("input", Map.of("id", id, "version", 2,
                "reason", "A duplicate of another presence.")))
                .body("data.retractMilitaryPresence.userErrors", empty());
        GraphQL.post("query History($id: ID!) { history(id: $id) { nodes { kind author reason } } }", Map.of("id", id))
                .body("data.history.nodes.kind", contains("CREATED", "EDITED", "RETRACTED"))
                .body("data.history.nodes[2].reason", equalTo("A duplicate of another presence."));
    }
}
