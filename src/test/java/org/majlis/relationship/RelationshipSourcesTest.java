package org.majlis.relationship;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

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

/** A relationship reported twice, added twice, merged into one with two sources; never two of one document. */
@QuarkusTest
@TestProfile(WritableStore.class)
class RelationshipSourcesTest {

    static final String SECOND = "Moscow has backed Haftar with arms since 2019, diplomats said.";

    static String added(String document, Map<String, Object> changes) {
        Map<String, Object> input = RelationshipMutationsTest.relationship(document, "r-" + UUID.randomUUID());
        input.putAll(changes);
        return RelationshipMutationsTest.add(input).body("data.addRelationship.userErrors", empty())
                .extract().path("data.addRelationship.relationship.id");
    }

    static ValidatableResponse merge(String from, String into) {
        return GraphQL.postAs(Tokens.curator("cleo"), RealisticOperationsTest.write("MergeRelationships"), Map.of("input",
                Map.of("from", from, "fromVersion", 1, "into", into, "intoVersion", 1, "reason", "One relationship.")));
    }

    @Test
    void aRelationshipReportedAgainIsMergedWithItsOwnStart() {
        String into = added(AddedDocuments.withText(RelationshipMutationsTest.TEXT), Map.of());
        String from = added(AddedDocuments.withText(SECOND, "en", "2024-05-20"), Map.of("status", "ALLEGED",
                "start", Map.of("iso", "2019", "text", "since 2019"),
                "quotes", List.of(Map.of("text", "Moscow has backed Haftar with arms since 2019"))));
        merge(from, into)
                .body("data.mergeRelationships.userErrors", empty())
                .body("data.mergeRelationships.relationship.sourceCount", equalTo(2));
        GraphQL.post("query N($id: ID!) { node(id: $id) { id ... on Relationship { disagreements { about } } } }",
                Map.of("id", from))
                .body("data.node.id", equalTo(into))
                .body("data.node.disagreements.about", contains("DATE", "STATUS"));
    }

    @Test
    void twoRelationshipsOfOneDocumentAreNotMerged() {
        String document = AddedDocuments.withText(RelationshipMutationsTest.TEXT);
        String into = added(document, Map.of());
        String from = added(document, Map.of("kind", "POLITICAL_SUPPORT"));
        merge(from, into)
                .body("data.mergeRelationships.userErrors.code", contains("INVALID"))
                .body("data.mergeRelationships.userErrors[0].message", startsWith(document + " reports both"));
    }

    @Test
    void aSecondReportAddedAsItsOwnRelationshipNamesTheKnownOne() {
        String known = added(AddedDocuments.withText(RelationshipMutationsTest.TEXT), Map.of());
        Map<String, Object> input = RelationshipMutationsTest.relationship(AddedDocuments.withText(SECOND, "en", "2024-05-20"),
                "r-" + UUID.randomUUID());
        input.put("start", Map.of("iso", "2019", "text", "since 2019"));
        input.put("quotes", List.of(Map.of("text", "Moscow has backed Haftar with arms since 2019")));
        RelationshipMutationsTest.add(input)
                .body("data.addRelationship.userErrors", empty())
                .body("data.addRelationship.relationship.similar.id", hasItem(known));
        input.put("slug", "r-" + UUID.randomUUID());
        input.put("kind", "POLITICAL_SUPPORT");
        input.put("document", AddedDocuments.withText(SECOND, "en", "2024-05-21"));
        RelationshipMutationsTest.add(input)
                .body("data.addRelationship.relationship.similar.id", not(hasItem(known)));
    }
}
