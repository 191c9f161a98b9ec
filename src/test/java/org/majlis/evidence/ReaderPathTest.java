package org.majlis.evidence;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** Every quote names the reader's page of it, so that any frontend can offer "read it in the source". */
@QuarkusTest
class ReaderPathTest {

    @Test
    void aClaimsQuoteLinksToItsPlaceInTheDocument() {
        GraphQL.post("""
                query M($id: ID!) { node(id: $id) { ... on Meeting { evidence { start end readerPath } } } }""",
                Map.of("id", "Meeting:2024-05-13-moscow-libya-russia"))
                .body("data.node.evidence[0].start", equalTo(117))
                .body("data.node.evidence[0].end", equalTo(188))
                .body("data.node.evidence[0].readerPath", equalTo("/reader/#/document/000_de159ab6a08af78c/quote/117-188"));
    }

    @Test
    void aMentionLinksToItsPlaceInTheDocumentToo() {
        List<Map<String, Object>> mentions = GraphQL.post("""
                query A($id: ID!) { node(id: $id) { ... on Actor { mentions { nodes { start end readerPath } } } } }""",
                Map.of("id", "Actor:khalifa-haftar")).extract().jsonPath().getList("data.node.mentions.nodes");
        assertFalse(mentions.isEmpty(), "the fixture names Haftar");
        for (Map<String, Object> mention : mentions) {
            assertEquals("/reader/#/document/000_de159ab6a08af78c/quote/" + mention.get("start") + "-" + mention.get("end"),
                    mention.get("readerPath"));
        }
    }
}
