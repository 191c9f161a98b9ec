package org.majlis.relationship;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RelationshipGraphQLTest {

    static final String LIST = """
            query Relationships($filter: RelationshipFilter) { relationships(filter: $filter) { nodes { id } totalCount } }""";

    @Test
    void relationshipsAreFilteredByKindAndStatus() {
        GraphQL.post(LIST, Map.of("filter", Map.of("kind", "DIPLOMATIC_MISSION")))
                .body("data.relationships.nodes.id", contains("Relationship:russia-consulate-benghazi",
                        "Relationship:russia-embassy-tripoli"));
        GraphQL.post(LIST, Map.of("filter", Map.of("kind", "DIPLOMATIC_MISSION", "status", "EXPECTED")))
                .body("data.relationships.nodes.id", contains("Relationship:russia-consulate-benghazi"));
    }

    @Test
    void relationshipsAreFilteredByAPartyOnEitherSide() {
        GraphQL.post(LIST, Map.of("filter", Map.of("party", "Organisation:african-corps")))
                .body("data.relationships.nodes.id", contains("Relationship:russia-african-corps-libya"));
    }

    @Test
    void militarySupportSaysThroughWhom() {
        GraphQL.post("""
                query R($id: ID!) {
                  node(id: $id) {
                    ... on Relationship { subject { ... on Organisation { id } } object { ... on Actor { id } } via { id } }
                  }
                }""", Map.of("id", "Relationship:russia-haftar-military-support-2019"))
                .body("data.node.subject.id", equalTo("Organisation:russia"))
                .body("data.node.object.id", equalTo("Actor:khalifa-haftar"))
                .body("data.node.via.id", equalTo("Organisation:wagner-group"));
    }

    @Test
    void aPartyFilterOfAPlaceIsAnInvalidArgument() {
        GraphQL.post(LIST, Map.of("filter", Map.of("party", "Place:tripoli")))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }
}
