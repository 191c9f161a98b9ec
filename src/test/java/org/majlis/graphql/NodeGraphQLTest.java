package org.majlis.graphql;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NodeGraphQLTest {

    static final String NODE = """
            query Node($id: ID!) { node(id: $id) { __typename id } }""";

    @Test
    void anyNodeIsFetchedByItsGlobalId() {
        for (String id : List.of("Actor:sergei-lavrov", "Organisation:wagner-group", "Place:benghazi",
                "Meeting:2024-05-13-moscow-libya-russia", "MilitaryPresence:wagner-al-jufra-2019",
                "Relationship:russia-haftar-alliance", "Document:000_de159ab6a08af78c")) {
            GraphQL.post(NODE, Map.of("id", id))
                    .body("errors", nullValue())
                    .body("data.node.id", equalTo(id))
                    .body("data.node.__typename", equalTo(id.substring(0, id.indexOf(':'))));
        }
    }

    @Test
    void claimsAreNodesToo() {
        for (String id : List.of("Role:000_de159ab6a08af78c.sergei-lavrov.russian-ministry-of-foreign-affairs",
                "Participation:2024-05-13-moscow-libya-russia.sergei-lavrov", "Statement:000_de159ab6a08af78c.720")) {
            GraphQL.post(NODE, Map.of("id", id))
                    .body("errors", nullValue())
                    .body("data.node.id", equalTo(id))
                    .body("data.node.__typename", equalTo(id.substring(0, id.indexOf(':'))));
        }
    }

    @Test
    void aClaimsIdIsTheOneItsEvidenceCarries() {
        GraphQL.post("""
                query Statement($id: ID!) { node(id: $id) { ... on Statement { summary evidence { id start } } } }""",
                Map.of("id", "Statement:000_de159ab6a08af78c.720"))
                .body("errors", nullValue())
                .body("data.node.evidence.id", contains("Statement:000_de159ab6a08af78c.720@000_de159ab6a08af78c:720-797"))
                .body("data.node.evidence.start", contains(720));
    }

    @Test
    void anIdWithAnEmptyPartIsAnInvalidArgument() {
        for (String id : List.of("Role:000_de159ab6a08af78c..sergei-lavrov", "Role:000_de159ab6a08af78c.", "Role:.x",
                "Statement:000_de159ab6a08af78c.720@000_de159ab6a08af78c:720-797")) {
            GraphQL.post(NODE, Map.of("id", id))
                    .body("data.node", nullValue())
                    .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                    .body("errors[0].message", equalTo("'" + id + "' is not a Majlis id: ids look like Actor:sergei-lavrov"));
        }
    }

    @Test
    void anUnknownIdIsNotFound() {
        GraphQL.post(NODE, Map.of("id", "Actor:nobody"))
                .body("data.node", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", equalTo("no node has the id 'Actor:nobody'"));
    }

    @Test
    void aMalformedIdIsAnInvalidArgument() {
        GraphQL.post(NODE, Map.of("id", "sergei lavrov"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("'sergei lavrov' is not a Majlis id: ids look like Actor:sergei-lavrov"));
    }

    @Test
    void anIdOfNoKnownTypeIsAnInvalidArgument() {
        GraphQL.post(NODE, Map.of("id", "Person:sergei-lavrov"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void nodesKeepTheOrderOfTheIdsWithNullForUnknownOnes() {
        GraphQL.post("""
                query Nodes($ids: [String!]!) { nodes(ids: $ids) { id } }""",
                Map.of("ids", List.of("Place:moscow", "Actor:nobody", "Actor:sergei-lavrov")))
                .body("errors", nullValue())
                .body("data.nodes", contains(Map.of("id", "Place:moscow"), null, Map.of("id", "Actor:sergei-lavrov")));
    }

    @Test
    void moreThanAHundredIdsIsOverTheLimit() {
        String[] ids = new String[101];
        Arrays.fill(ids, "Place:moscow");
        GraphQL.post("""
                query Nodes($ids: [String!]!) { nodes(ids: $ids) { id } }""", Map.of("ids", List.of(ids)))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }
}
