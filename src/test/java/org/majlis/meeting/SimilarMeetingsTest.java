package org.majlis.meeting;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.auth.Tokens;
import org.majlis.auth.WritableStore;
import org.majlis.document.AddedDocuments;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A second report of a known meeting, added as its own meeting, is named by {@code similar} on both, as issue 24's
 * story has it: a report of Yevkurov's August 2023 visit to Haftar in Benghazi, beside the fixture's.
 */
@QuarkusTest
@TestProfile(WritableStore.class)
class SimilarMeetingsTest {

    static final String KNOWN = "Meeting:2023-08-benghazi-yevkurov-haftar";

    static final String SIMILAR = """
            query Similar($id: ID!) { node(id: $id) { ... on Meeting { similar { id } } } }""";

    static final String TEXT = "استقبل المشير خليفة حفتر في بنغازي نائب وزير الدفاع الروسي يونس بك يفكوروف.";

    /** A meeting of Yevkurov (visitor) and Haftar (host) in a document of its own, on that day and at that place. */
    static String reported(String iso, String place) {
        Map<String, Object> input = MeetingMutationsTest.meeting(AddedDocuments.withText(TEXT));
        input.put("title", Map.of("en", "Haftar receives Yevkurov"));
        input.put("date", Map.of("iso", iso));
        input.put("place", place);
        input.put("participants", new ArrayList<>(List.of(
                MeetingMutationsTest.participant("Actor:yunus-bek-yevkurov", "VISITOR", MeetingMutationsTest.quote("يفكوروف")),
                MeetingMutationsTest.participant("Actor:khalifa-haftar", "HOST", MeetingMutationsTest.quote("حفتر")))));
        input.put("quotes", List.of(MeetingMutationsTest.quote("استقبل")));
        return MeetingMutationsTest.added(input);
    }

    @Test
    void aSecondReportOfAKnownMeetingAndTheKnownOneNameEachOther() {
        String second = reported("2023-08-22", "Place:benghazi");
        GraphQL.post(SIMILAR, Map.of("id", second)).body("data.node.similar.id", hasItem(KNOWN));
        GraphQL.post(SIMILAR, Map.of("id", KNOWN)).body("data.node.similar.id", hasItem(second));
    }

    @Test
    void aMeetingWithoutAPlaceMayStillBeTheKnownOne() {
        GraphQL.post(SIMILAR, Map.of("id", reported("2023-08", null))).body("data.node.similar.id", hasItem(KNOWN));
    }

    @Test
    void anotherVisitOfTheSamePairIsNotNamed() {
        String later = reported("2023-09-26", "Place:benghazi");
        GraphQL.post(SIMILAR, Map.of("id", later)).body("data.node.similar.id", not(hasItem(KNOWN)));
        GraphQL.post(SIMILAR, Map.of("id", KNOWN)).body("data.node.similar.id", not(hasItem(later)));
    }

    @Test
    void theSamePairElsewhereIsNotNamed() {
        String elsewhere = reported("2023-08-22", "Place:moscow");
        GraphQL.post(SIMILAR, Map.of("id", elsewhere)).body("data.node.similar.id", not(hasItem(KNOWN)));
    }

    /** The fixture's two Moscow meetings of May 2024 share participants and days, but one text made both: two events. */
    @Test
    void twoMeetingsOfOneDocumentAreNeverNamed() {
        GraphQL.post(SIMILAR, Map.of("id", "Meeting:2024-05-13-moscow-libya-russia"))
                .body("data.node.similar", empty());
    }
}
