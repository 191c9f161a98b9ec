package org.majlis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.json.JsonObject;

/**
 * On a text with characters outside the BMP (src/test/resources/exports/non-bmp-seeds), where a position in code
 * points differs from one in UTF-16 code units, the annotations count code points, as the Web Annotation model
 * says, while the GraphQL API keeps counting UTF-16 units; both find the same quote. The document also reports a
 * presence without a place, alone on its page of the CSV.
 */
@QuarkusTest
@TestProfile(AnnotationsOutsideTheBmpTest.OutsideTheBmp.class)
class AnnotationsOutsideTheBmpTest {

    static final String SLUG = "test-emoji-post";

    public static class OutsideTheBmp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("majlis.seeds.bundled", "false", "majlis.seeds.external", "src/test/resources/exports/non-bmp-seeds");
        }
    }

    @Test
    void positionsCountCodePointsWhereTheApiCountsUtf16Units() throws Exception {
        String text = GraphQL.post("{ node(id: \"Document:" + SLUG + "\") { ... on Document { text } } }").extract()
                .path("data.node.text");
        List<Map<String, Object>> served = GraphQL.post("{ node(id: \"Actor:test-amina-example\") { ... on Actor { "
                + "roles { nodes { evidence { quote start end } } } } } }").extract().path("data.node.roles.nodes[0].evidence");
        List<JsonObject> annotations = ExportsTest.checkAnnotations(SLUG, text).stream().filter(a -> a
                .getJsonArray("http://www.w3.org/ns/oa#hasBody").getJsonObject(0).getString("@id").startsWith("urn:majlis:Role:"))
                .toList();
        assertEquals(served.size(), annotations.size());
        for (Map<String, Object> quote : served) {
            int utf16Start = (Integer) quote.get("start");
            int utf16End = (Integer) quote.get("end");
            JsonObject position = annotations.stream().map(a -> selector(a, "TextPositionSelector"))
                    .filter(p -> text.offsetByCodePoints(0, number(p, "start")) == utf16Start).findFirst().orElseThrow();
            assertEquals(text.codePointCount(0, utf16Start), number(position, "start"));
            assertEquals(text.codePointCount(0, utf16End), number(position, "end"));
            assertTrue(number(position, "start") < utf16Start, "the text before the quote holds non-BMP characters");
            assertTrue(number(position, "end") - number(position, "start") < utf16End - utf16Start,
                    "and so does the quote");
        }
    }

    @Test
    void theCsvHoldsAPresenceWithoutAPlaceAndItsQuoteOutsideTheBmp() throws Exception {
        ExportsTest.checkClaimsCsv();
    }

    private static JsonObject selector(JsonObject annotation, String type) {
        return annotation.getJsonArray("http://www.w3.org/ns/oa#hasTarget").getJsonObject(0)
                .getJsonArray("http://www.w3.org/ns/oa#hasSelector").stream().map(s -> s.asJsonObject())
                .filter(s -> s.getJsonArray("@type").getString(0).equals("http://www.w3.org/ns/oa#" + type))
                .findFirst().orElseThrow();
    }

    private static int number(JsonObject selector, String property) {
        return Integer.parseInt(selector.getJsonArray("http://www.w3.org/ns/oa#" + property).getJsonObject(0)
                .get("@value").toString());
    }
}
