package org.majlis.search;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MentionGraphQLTest {

    static final String MENTIONS = """
            query Mentions($id: ID!) {
              node(id: $id) {
                ... on Actor { mentions(first: 100) { nodes { quote start end document { id text } } } }
                ... on Organisation { mentions(first: 100) { nodes { quote start end document { id text } } } }
                ... on Place { mentions(first: 100) { nodes { quote start end document { id text } } } }
              }
            }""";

    @Test
    void everyMentionIsTheExactSliceOfItsDocument() {
        for (String id : List.of("Actor:abdullah-al-lafi", "Actor:taher-al-baour", "Actor:sergei-lavrov",
                "Actor:mohammed-al-haddad", "Actor:abdoulaye-bathily", "Actor:khalifa-haftar",
                "Actor:yunus-bek-yevkurov", "Organisation:wagner-group", "Place:benghazi")) {
            List<Map<String, Object>> mentions = GraphQL.post(MENTIONS, Map.of("id", id))
                    .body("errors", nullValue())
                    .body("data.node.mentions.nodes", not(empty()))
                    .extract().path("data.node.mentions.nodes");
            for (Map<String, Object> m : mentions) {
                @SuppressWarnings("unchecked")
                String text = ((Map<String, String>) m.get("document")).get("text");
                assertEquals(m.get("quote"), text.substring((Integer) m.get("start"), (Integer) m.get("end")), id);
            }
        }
    }

    @Test
    void everyNameTheArticleUsesForItsPeopleIsFound() {
        Map<String, List<String>> names = Map.of(
                "Actor:abdullah-al-lafi", List.of("عبد الله اللافي", "اللافي"),
                "Actor:taher-al-baour", List.of("الطاهر الباعور", "الباعور"),
                "Actor:sergei-lavrov", List.of("سيرغي لافروف", "لافروف"),
                "Actor:mohammed-al-haddad", List.of("محمد الحداد", "الحداد"),
                "Actor:abdoulaye-bathily", List.of("عبد الله باتيلي"),
                "Actor:khalifa-haftar", List.of("حفتر"),
                "Actor:yunus-bek-yevkurov", List.of("يونس بك يفكورورف"));
        names.forEach((id, quotes) -> GraphQL.post(MENTIONS, Map.of("id", id))
                .body("data.node.mentions.nodes.quote", hasItems(quotes.toArray(String[]::new))));
    }

    @Test
    void haftarIsFoundWithTheClitic() {
        int clitic = GraphQL.post(MENTIONS, Map.of("id", "Actor:khalifa-haftar"))
                .extract().<String> path("data.node.mentions.nodes[0].document.text").indexOf("لحفتر");
        GraphQL.post(MENTIONS, Map.of("id", "Actor:khalifa-haftar"))
                .body("data.node.mentions.nodes.start", hasItem(clitic + 1))
                .body("data.node.mentions.nodes.find { it.start == " + (clitic + 1) + " }.quote", equalTo("حفتر"));
    }
}
