package org.majlis.relationship;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.auth.Tokens;
import org.majlis.auth.WritableStore;
import org.majlis.document.AddedDocuments;
import org.majlis.graphql.GraphQL;
import org.majlis.graphql.RealisticOperationsTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** An analyst adds the ties a document reports between parties, edits them; a curator retracts them. */
@QuarkusTest
@TestProfile(WritableStore.class)
class RelationshipMutationsTest {

    static final String ADD = RealisticOperationsTest.write("AddRelationship");
    static final String EDIT = RealisticOperationsTest.write("EditRelationship");
    static final String RETRACT = RealisticOperationsTest.write("RetractRelationship");

    static final String TEXT = "تدعم روسيا حفتر عسكريا عبر الفيلق الأفريقي منذ 2023.";

    static Map<String, Object> relationship(String document, String slug) {
        Map<String, Object> input = new HashMap<>();
        input.put("document", document);
        input.put("slug", slug);
        input.put("kind", "MILITARY_SUPPORT");
        input.put("status", "REPORTED");
        input.put("subject", "Organisation:russia");
        input.put("object", "Actor:khalifa-haftar");
        input.put("via", "Organisation:african-corps");
        input.put("description", Map.of("en", "Russia supports Haftar militarily through the African Corps."));
        input.put("start", Map.of("iso", "2023", "text", "منذ 2023"));
        input.put("quotes", List.of(Map.of("text", "تدعم روسيا حفتر عسكريا عبر الفيلق الأفريقي")));
        return input;
    }

    static ValidatableResponse add(Map<String, Object> input) {
        return GraphQL.postAs(Tokens.analyst("ana"), ADD, Map.of("input", input));
    }

    @Test
    void anAnalystAddsARelationshipThatThePartysListShowsAtOnce() {
        String document = AddedDocuments.withText(TEXT);
        String slug = document.substring("Document:".length()) + "-support";
        add(relationship(document, slug))
                .body("errors", nullValue())
                .body("data.addRelationship.userErrors", empty())
                .body("data.addRelationship.relationship.subject.id", equalTo("Organisation:russia"))
                .body("data.addRelationship.relationship.object.id", equalTo("Actor:khalifa-haftar"))
                .body("data.addRelationship.relationship.evidence[0].start", equalTo(0));
        GraphQL.post("query { relationships(filter: { party: \"Actor:khalifa-haftar\" }, first: 100) { nodes { id } } }")
                .body("data.relationships.nodes.id", hasItem("Relationship:" + slug));
    }

    @Test
    void aSlugLeftOutIsMadeOfTheSubjectKindAndObject() {
        Map<String, Object> input = relationship(AddedDocuments.withText(TEXT), null);
        input.remove("slug");
        input.put("subject", "Organisation:russian-ministry-of-defence");
        add(input).body("data.addRelationship.relationship.id",
                equalTo("Relationship:russian-ministry-of-defence-military-support-khalifa-haftar"));
        add(input).body("data.addRelationship.userErrors.code", contains("TAKEN"));
    }

    @Test
    void aSideMustBeAnActorOrAnOrganisationOfTheGraph() {
        Map<String, Object> input = relationship(AddedDocuments.withText(TEXT), "bad-sides");
        input.put("subject", "Place:benghazi");
        input.put("object", "Actor:nobody");
        add(input)
                .body("data.addRelationship.userErrors.field", contains(List.of("input", "subject"), List.of("input", "object")))
                .body("data.addRelationship.userErrors.code", contains("INVALID", "NOT_FOUND"));
    }

    @Test
    void anEditAndARetractionAreKeptInTheHistory() {
        String document = AddedDocuments.withText(TEXT);
        String id = add(relationship(document, document.substring("Document:".length()) + "-edited"))
                .extract().path("data.addRelationship.relationship.id");
        GraphQL.postAs(Tokens.analyst("bob"), EDIT, Map.of("input", Map.of("id", id, "version", 1, "kind", "POLITICAL_SUPPORT")))
                .body("data.editRelationship.relationship.kind", equalTo("POLITICAL_SUPPORT"))
                .body("data.editRelationship.relationship.version", equalTo(2));
        GraphQL.postAs(Tokens.curator("cora"), RETRACT, Map.of("input", Map.of("id", id, "version", 2, "reason", "Not said.")))
                .body("data.retractRelationship.userErrors", empty());
        GraphQL.post("query Read($id: ID!) { node(id: $id) { id } history(id: $id) { nodes { kind } } }", Map.of("id", id))
                .body("data.node", nullValue())
                .body("data.history.nodes.kind", contains("CREATED", "EDITED", "RETRACTED"));
    }
}
