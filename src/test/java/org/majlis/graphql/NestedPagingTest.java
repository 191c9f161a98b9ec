package org.majlis.graphql;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Lists that grow with the corpus, nested under a node, page as the top-level lists do. */
@QuarkusTest
class NestedPagingTest {

    static final String MEETINGS = """
            query Meetings($id: ID!, $first: Int, $after: String) {
              node(id: $id) {
                ... on Actor { meetings(first: $first, after: $after) {
                  totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
              }
            }""";

    static final String ACTOR = "Actor:taher-al-baour";

    @Test
    void aNestedListPagesForwardWithItsEndCursor() {
        String after = GraphQL.post(MEETINGS, Map.of("id", ACTOR, "first", 1))
                .body("errors", nullValue())
                .body("data.node.meetings.totalCount", equalTo(2))
                .body("data.node.meetings.pageInfo.hasNextPage", equalTo(true))
                .body("data.node.meetings.nodes.id", contains("Meeting:2024-05-moscow-libya-other-russian-officials"))
                .extract().path("data.node.meetings.pageInfo.endCursor");
        GraphQL.post(MEETINGS, Map.of("id", ACTOR, "first", 1, "after", after))
                .body("errors", nullValue())
                .body("data.node.meetings.pageInfo.hasNextPage", equalTo(false))
                .body("data.node.meetings.nodes.id", contains("Meeting:2024-05-13-moscow-libya-russia"));
    }

    /** SmallRye batches one field's occurrences together: each alias must still get the page it asks for. */
    @Test
    void twoAliasesOfANestedListGetTheirOwnPages() {
        GraphQL.post("""
                query Two($id: ID!) {
                  node(id: $id) { ... on Actor {
                    one: meetings(first: 1) { nodes { id } }
                    both: meetings(first: 2) { nodes { id } }
                    rest: meetings(first: 0) { totalCount nodes { id } } } }
                }""", Map.of("id", ACTOR))
                .body("errors", nullValue())
                .body("data.node.one.nodes", hasSize(1))
                .body("data.node.both.nodes", hasSize(2))
                .body("data.node.rest.nodes", hasSize(0))
                .body("data.node.rest.totalCount", equalTo(2));
    }

    @Test
    void aNestedPageOverTheMaximumIsRefusedWithItsCode() {
        GraphQL.post(MEETINGS, Map.of("id", ACTOR, "first", 101))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", equalTo("first may be at most 100, not 101: page with after"))
                .body("errors[0].path", contains("node", "meetings"));
    }

    @Test
    void aCursorOfAnotherListIsRefusedWithItsCode() {
        GraphQL.post(MEETINGS, Map.of("id", ACTOR, "after", "not-a-cursor"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("'not-a-cursor' is not a cursor of this list: pass an endCursor or cursor as given"));
    }
}
