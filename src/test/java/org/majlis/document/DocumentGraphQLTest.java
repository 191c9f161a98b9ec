package org.majlis.document;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DocumentGraphQLTest {

    @Test
    void documentsPageLikeEveryOtherList() {
        String query = """
                query Documents($after: String) { documents(first: 1, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }""";
        var first = GraphQL.post(query, Map.of()).body("data.documents.nodes.id", contains("Document:000_de159ab6a08af78c"))
                .body("data.documents.pageInfo.hasNextPage", equalTo(false)).extract().jsonPath();
        GraphQL.post(query, Map.of("after", first.getString("data.documents.pageInfo.endCursor")))
                .body("data.documents.nodes", empty());
    }

    @Test
    void aDocumentNamesItsPublisherAsAnOrganisation() {
        GraphQL.post("""
                query D($id: ID!) { node(id: $id) { ... on Document { title publishedBy { id kind } } } }""",
                Map.of("id", "Document:000_de159ab6a08af78c"))
                .body("data.node.publishedBy.id", equalTo("Organisation:al-araby-al-jadeed"))
                .body("data.node.publishedBy.kind", equalTo("MEDIA"));
    }

    @Test
    void aDocumentSaysItsTextStaysItsPublishers() {
        GraphQL.post("""
                query D($id: ID!) { node(id: $id) { ... on Document { publisher rights } } }""",
                Map.of("id", "Document:000_de159ab6a08af78c"))
                .body("data.node.rights", startsWith("Text © Al-Araby Al-Jadeed, all rights reserved"))
                .body("data.node.rights", containsString("not under Majlis's licence"));
    }

    /** What a reader needs to show a document with its claims beside it, whatever else the corpus holds. */
    @Test
    void aDocumentListsTheClaimsItReports() {
        GraphQL.post("""
                query D($id: ID!) { node(id: $id) { ... on Document {
                  meetings { totalCount nodes { id } }
                  militaryPresences { totalCount nodes { id } }
                  relationships(first: 2) { totalCount nodes { id } pageInfo { hasNextPage } }
                  roles { totalCount nodes { actor { id } } } } } }""",
                Map.of("id", "Document:000_de159ab6a08af78c"))
                .body("data.node.meetings.nodes.id", contains("Meeting:2023-08-benghazi-yevkurov-haftar",
                        "Meeting:2024-05-moscow-libya-other-russian-officials", "Meeting:2024-05-13-moscow-libya-russia"))
                .body("data.node.militaryPresences.nodes.id", contains("MilitaryPresence:russia-reinforcements-libya-2023-08",
                        "MilitaryPresence:wagner-al-jufra-2019", "MilitaryPresence:wagner-al-kharruba-2019"))
                .body("data.node.relationships.totalCount", equalTo(7))
                .body("data.node.relationships.nodes.id", contains("Relationship:haftar-offensive-tripoli-2019",
                        "Relationship:russia-african-corps-libya"))
                .body("data.node.relationships.pageInfo.hasNextPage", equalTo(true))
                .body("data.node.roles.nodes.actor.id", contains("Actor:abdullah-al-lafi", "Actor:taher-al-baour",
                        "Actor:sergei-lavrov", "Actor:mohammed-al-haddad", "Actor:abdoulaye-bathily", "Actor:yunus-bek-yevkurov"));
    }
}
