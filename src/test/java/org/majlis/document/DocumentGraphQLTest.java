package org.majlis.document;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

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
}
