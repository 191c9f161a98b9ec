package org.majlis.graphql;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Forward paging with first and after, across pages, and its limits. */
@QuarkusTest
class PagingTest {

    static final String ACTORS = """
            query Actors($first: Int, $after: String) {
              actors(first: $first, after: $after) {
                edges { cursor node { id } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                totalCount
              }
            }""";

    @Test
    void pagesOfTwoWalkThroughEveryActorOnce() {
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", 2);
            variables.put("after", after);
            JsonPath page = GraphQL.post(ACTORS, variables).body("errors", equalTo(null)).extract().jsonPath();
            seen.addAll(page.getList("data.actors.edges.node.id"));
            assertEquals(7, page.getInt("data.actors.totalCount"));
            assertEquals(page.getString("data.actors.pageInfo.endCursor"),
                    page.getString("data.actors.edges[-1].cursor"));
            more = page.getBoolean("data.actors.pageInfo.hasNextPage");
            after = page.getString("data.actors.pageInfo.endCursor");
            pages++;
        }
        assertEquals(4, pages);
        assertEquals(List.of("Actor:abdoulaye-bathily", "Actor:abdullah-al-lafi", "Actor:khalifa-haftar",
                "Actor:mohammed-al-haddad", "Actor:sergei-lavrov", "Actor:taher-al-baour", "Actor:yunus-bek-yevkurov"), seen);
    }

    @Test
    void meetingsPageInDateOrder() {
        String query = """
                query Meetings($after: String) {
                  meetings(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } }
                }""";
        Map<String, Object> none = new HashMap<>();
        none.put("after", null);
        JsonPath first = GraphQL.post(query, none).extract().jsonPath();
        assertEquals(List.of("Meeting:2023-08-benghazi-yevkurov-haftar", "Meeting:2024-05-moscow-libya-other-russian-officials"),
                first.getList("data.meetings.nodes.id"));
        GraphQL.post(query, Map.of("after", first.getString("data.meetings.pageInfo.endCursor")))
                .body("data.meetings.nodes.id", contains("Meeting:2024-05-13-moscow-libya-russia"))
                .body("data.meetings.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void firstZeroGivesAnEmptyPageThatSaysMoreFollow() {
        GraphQL.post(ACTORS, Map.of("first", 0))
                .body("data.actors.edges", empty())
                .body("data.actors.pageInfo.hasNextPage", equalTo(true))
                .body("data.actors.totalCount", equalTo(7));
    }

    @Test
    void firstAboveAHundredIsAnErrorNotAClamp() {
        GraphQL.post(ACTORS, Map.of("first", 101))
                .body("data", equalTo(null))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", equalTo("first may be at most 100, not 101: page with after"));
    }

    @Test
    void aNegativeFirstIsAnInvalidArgument() {
        GraphQL.post(ACTORS, Map.of("first", -1))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void aForgedCursorIsAnInvalidArgument() {
        GraphQL.post(ACTORS, Map.of("after", "bm90LWEtY3Vyc29y"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", not(empty()));
    }
}
