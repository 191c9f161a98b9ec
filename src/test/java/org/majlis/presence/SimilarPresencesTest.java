package org.majlis.presence;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.auth.WritableStore;
import org.majlis.document.AddedDocuments;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A second report of a known presence, added as its own, is named by {@code similar} on both; another is not. */
@QuarkusTest
@TestProfile(WritableStore.class)
class SimilarPresencesTest {

    static final String KNOWN = "MilitaryPresence:wagner-al-jufra-2019";

    static final String SIMILAR = """
            query Similar($id: ID!) { node(id: $id) { ... on MilitaryPresence { similar { id } } } }""";

    static final String TEXT = "ينتشر مرتزقة فاغنر في قاعدة الجفرة منذ 2020.";

    /** Wagner at this place, from this start to this end (null: none given), in a document of its own. */
    static String reported(String place, String start, String end) {
        Map<String, Object> input = MilitaryPresenceMutationsTest.presence(AddedDocuments.withText(TEXT));
        input.put("force", "Organisation:wagner-group");
        input.put("kind", "MERCENARIES");
        input.put("place", place);
        input.put("start", Map.of("iso", start));
        if (end != null) {
            input.put("end", Map.of("iso", end));
        }
        input.put("quotes", List.of(Map.of("text", "ينتشر مرتزقة فاغنر في قاعدة الجفرة")));
        return MilitaryPresenceMutationsTest.add(input).body("data.addMilitaryPresence.userErrors", empty())
                .extract().path("data.addMilitaryPresence.militaryPresence.id");
    }

    @Test
    void aSecondReportOfAKnownPresenceAndTheKnownOneNameEachOther() {
        String second = reported("Place:al-jufra-air-base", "2020", null);
        GraphQL.post(SIMILAR, Map.of("id", second)).body("data.node.similar.id", hasItem(KNOWN));
        GraphQL.post(SIMILAR, Map.of("id", KNOWN)).body("data.node.similar.id", hasItem(second));
    }

    @Test
    void theSameForceElsewhereIsNotNamed() {
        GraphQL.post(SIMILAR, Map.of("id", reported("Place:al-kharruba-air-base", "2020", null)))
                .body("data.node.similar.id", not(hasItem(KNOWN)));
    }

    @Test
    void aPresenceThatEndedBeforeTheKnownOneBeganIsNotNamed() {
        GraphQL.post(SIMILAR, Map.of("id", reported("Place:al-jufra-air-base", "2016", "2017")))
                .body("data.node.similar.id", not(hasItem(KNOWN)));
    }
}
