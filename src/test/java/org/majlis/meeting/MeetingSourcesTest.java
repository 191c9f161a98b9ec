package org.majlis.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.auth.Tokens;
import org.majlis.auth.WritableStore;
import org.majlis.document.AddedDocuments;
import org.majlis.graphql.GraphQL;
import org.majlis.graphql.RealisticOperationsTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * A second report of a known meeting joins it (issue 24): one meeting, two sources, each with its quotes and what it
 * says, and where they disagree each value with the source that gives it. The known meeting is one the test adds, as
 * the bundled article reports Yevkurov's visit to Haftar; the second report is in English, as the was.
 */
@QuarkusTest
@TestProfile(WritableStore.class)
class MeetingSourcesTest {

    static final String ADD_SOURCE = RealisticOperationsTest.write("AddMeetingSource");
    static final String REMOVE_SOURCE = RealisticOperationsTest.write("RemoveMeetingSource");
    static final String MERGE = RealisticOperationsTest.write("MergeMeetings");

    static final String FIRST = "وخلال أغسطس الماضي زار نائب وزير الدفاع الروسي، يونس بك يفكوروف، حفتر في مقره العسكري في "
            + "بنغازي، في زيارة هي الرابعة من نوعها.";

    static final String SECOND = "Russian Deputy Defence Minister Yunus-Bek Yevkurov arrived in Benghazi on Tuesday, "
            + "22 August, for talks with Khalifa Haftar, the first official visit by a Russian military delegation.";

    static final String READ = """
            query Read($id: ID!) {
              node(id: $id) { ... on Meeting { id version title status date { iso text } place { id }
                participants { id role actor { id } evidence { id quote start end } }
                evidence { id quote start end document { id } } } }
            }""";

    /** The first report, in a document of its own: a month, Benghazi, the two participants. */
    static String known() {
        Map<String, Object> input = MeetingMutationsTest.meeting(AddedDocuments.withText(FIRST, "ar", "2024-05-13"));
        input.put("title", Map.of("en", "Yevkurov visits Haftar in Benghazi"));
        input.put("kind", "OFFICIAL_VISIT");
        input.put("date", Map.of("iso", "2023-08", "text", "أغسطس الماضي"));
        input.put("place", "Place:benghazi");
        input.put("participants", List.of(
                MeetingMutationsTest.participant("Actor:yunus-bek-yevkurov", "VISITOR", MeetingMutationsTest.quote("يونس بك يفكوروف")),
                MeetingMutationsTest.participant("Actor:khalifa-haftar", "HOST", MeetingMutationsTest.quote("حفتر"))));
        input.put("quotes", List.of(MeetingMutationsTest.quote("زار نائب وزير الدفاع الروسي"),
                MeetingMutationsTest.quote("في زيارة هي الرابعة من نوعها")));
        return MeetingMutationsTest.added(input);
    }

    static String secondReport() {
        return AddedDocuments.withText(SECOND, "en", "2023-08-23");
    }

    /** The second report as an analyst joins it: its quotes, and the day it gives. */
    static Map<String, Object> source(String meeting, int version, String document) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", meeting);
        input.put("version", version);
        input.put("document", document);
        input.put("quotes", List.of(MeetingMutationsTest.quote("Yunus-Bek Yevkurov arrived in Benghazi on Tuesday"),
                MeetingMutationsTest.quote("the first official visit by a Russian military delegation")));
        input.put("date", Map.of("iso", "2023-08-22", "text", "Tuesday, 22 August"));
        input.put("place", "Place:benghazi");
        return input;
    }

    static ValidatableResponse addSource(Map<String, Object> input) {
        return GraphQL.postAs(Tokens.analyst("ana"), ADD_SOURCE, Map.of("input", input));
    }

    @Test
    void aSecondReportJoinsTheMeetingAsItsSecondSource() {
        String meeting = known();
        String second = secondReport();
        addSource(source(meeting, 1, second))
                .body("data.addMeetingSource.userErrors", empty())
                .body("data.addMeetingSource.meeting.version", equalTo(2))
                .body("data.addMeetingSource.meeting.sourceCount", equalTo(2))
                .body("data.addMeetingSource.meeting.sources.own", contains(true, false))
                .body("data.addMeetingSource.meeting.sources[1].document.id", equalTo(second))
                .body("data.addMeetingSource.meeting.sources[1].document.language", equalTo("en"))
                .body("data.addMeetingSource.meeting.sources[1].quotes.quote", contains(
                        "Yunus-Bek Yevkurov arrived in Benghazi on Tuesday",
                        "the first official visit by a Russian military delegation"))
                .body("data.addMeetingSource.meeting.sources[1].quotes[0].start", equalTo(SECOND.indexOf("Yunus-Bek")))
                .body("data.addMeetingSource.meeting.sources[1].date.iso", equalTo("2023-08-22"))
                .body("data.addMeetingSource.meeting.sources[0].date.iso", equalTo("2023-08"))
                .body("data.addMeetingSource.meeting.sources[0].quotes.quote",
                        contains("زار نائب وزير الدفاع الروسي", "في زيارة هي الرابعة من نوعها"));
    }

    @Test
    void theMeetingIsCountedOnceAndListedByBothDocuments() {
        String meeting = known();
        String second = secondReport();
        String byParticipant = """
                query P($id: ID!) { node(id: $id) { ... on Actor { meetings(first: 100) { totalCount nodes { id } } } } }""";
        int before = GraphQL.post(byParticipant, Map.of("id", "Actor:yunus-bek-yevkurov")).extract()
                .path("data.node.meetings.totalCount");
        addSource(source(meeting, 1, second)).body("data.addMeetingSource.userErrors", empty());
        GraphQL.post(byParticipant, Map.of("id", "Actor:yunus-bek-yevkurov"))
                .body("data.node.meetings.totalCount", equalTo(before));
        GraphQL.post("query D($id: ID!) { node(id: $id) { ... on Document { meetings { nodes { id } } } } }",
                Map.of("id", second)).body("data.node.meetings.nodes.id", contains(meeting));
        GraphQL.post("query { meetings(first: 100, filter: { minSources: 2 }) { nodes { id sourceCount } } }")
                .body("data.meetings.nodes.id", hasItem(meeting))
                .body("data.meetings.nodes.sourceCount", not(hasItem(1)));
    }

    @Test
    void aDayInTheMonthTheFirstGaveIsNoDisagreementButAnotherMonthIs() {
        String meeting = known();
        addSource(source(meeting, 1, secondReport()))
                .body("data.addMeetingSource.meeting.disagreements", empty());
        Map<String, Object> third = source(meeting, 2, AddedDocuments.withText(SECOND, "en", "2023-09-30"));
        third.put("date", Map.of("iso", "2023-09-26", "text", "Tuesday"));
        third.put("status", "ALLEGED");
        addSource(third)
                .body("data.addMeetingSource.userErrors", empty())
                .body("data.addMeetingSource.meeting.disagreements.about", contains("DATE", "STATUS"))
                .body("data.addMeetingSource.meeting.disagreements[0].values.date.iso",
                        contains("2023-08", "2023-08-22", "2023-09-26"))
                .body("data.addMeetingSource.meeting.disagreements[0].values[2].sources[0].quotes.quote",
                        hasItem("the first official visit by a Russian military delegation"))
                .body("data.addMeetingSource.meeting.disagreements[1].values.status", contains("REPORTED", "ALLEGED"));
    }

    @Test
    void aPlaceTheSourcesDoNotShareIsADisagreement() {
        String meeting = known();
        Map<String, Object> input = source(meeting, 1, secondReport());
        input.put("place", "Place:tripoli");
        addSource(input)
                .body("data.addMeetingSource.meeting.disagreements.about", contains("PLACE"))
                .body("data.addMeetingSource.meeting.disagreements[0].values.place.id",
                        contains("Place:benghazi", "Place:tripoli"));
    }

    @Test
    void removingTheSecondReportLeavesTheMeetingAsItWas() {
        String meeting = known();
        String second = secondReport();
        Object before = GraphQL.post(READ, Map.of("id", meeting)).extract().path("data.node");
        addSource(source(meeting, 1, second)).body("data.addMeetingSource.userErrors", empty());
        GraphQL.postAs(Tokens.analyst("bob"), REMOVE_SOURCE,
                Map.of("input", Map.of("id", meeting, "version", 2, "document", second)))
                .body("data.removeMeetingSource.userErrors", empty())
                .body("data.removeMeetingSource.meeting.sourceCount", equalTo(1));
        @SuppressWarnings("unchecked")
        Map<String, Object> after = new HashMap<>(GraphQL.post(READ, Map.of("id", meeting)).extract()
                .<Map<String, Object>> path("data.node"));
        after.put("version", 1);
        assertEquals(before, after);
        GraphQL.post("query H($id: ID!) { history(id: $id) { nodes { kind author } } }", Map.of("id", meeting))
                .body("data.history.nodes.kind", contains("CREATED", "EDITED", "EDITED"))
                .body("data.history.nodes.author", contains("ana", "ana", "bob"));
    }

    @Test
    void editingTheMeetingsOwnQuotesKeepsTheSecondReportsQuotes() {
        String meeting = known();
        addSource(source(meeting, 1, secondReport())).body("data.addMeetingSource.userErrors", empty());
        MeetingMutationsTest.edit("ana", Map.of("id", meeting, "version", 2,
                "quotes", List.of(MeetingMutationsTest.quote("زار نائب وزير الدفاع الروسي"))))
                .body("data.editMeeting.userErrors", empty());
        GraphQL.post(READ, Map.of("id", meeting))
                .body("data.node.evidence.quote", contains("زار نائب وزير الدفاع الروسي",
                        "Yunus-Bek Yevkurov arrived in Benghazi on Tuesday",
                        "the first official visit by a Russian military delegation"));
    }

    @Test
    void theMeetingsOwnDocumentIsNoFurtherSource() {
        String meeting = known();
        String own = GraphQL.post(READ, Map.of("id", meeting)).extract().path("data.node.evidence[0].document.id");
        Map<String, Object> input = source(meeting, 1, own);
        input.put("quotes", List.of(MeetingMutationsTest.quote("حفتر")));
        addSource(input)
                .body("data.addMeetingSource.userErrors.code", contains("INVALID"))
                .body("data.addMeetingSource.userErrors[0].field", contains("input", "document"));
    }

    @Test
    void aDocumentJoinsAMeetingOnce() {
        String meeting = known();
        String second = secondReport();
        addSource(source(meeting, 1, second)).body("data.addMeetingSource.userErrors", empty());
        addSource(source(meeting, 2, second))
                .body("data.addMeetingSource.userErrors.code", contains("TAKEN"))
                .body("data.addMeetingSource.userErrors[0].field", contains("input", "document"));
    }

    @Test
    void aQuoteTheSecondReportDoesNotHaveIsRefusedAndNothingIsJoined() {
        String meeting = known();
        Map<String, Object> input = source(meeting, 1, secondReport());
        input.put("quotes", List.of(MeetingMutationsTest.quote("Yevkurov arrived in Tripoli")));
        addSource(input)
                .body("data.addMeetingSource.userErrors.code", contains("NOT_FOUND"))
                .body("data.addMeetingSource.userErrors[0].field", contains("input", "quotes", "0", "text"))
                .body("data.addMeetingSource.meeting", equalTo(null));
        GraphQL.post("query S($id: ID!) { node(id: $id) { ... on Meeting { version sourceCount } } }", Map.of("id", meeting))
                .body("data.node.version", equalTo(1))
                .body("data.node.sourceCount", equalTo(1));
    }

    @Test
    void aStaleVersionIsAConflict() {
        String meeting = known();
        addSource(source(meeting, 1, secondReport())).body("data.addMeetingSource.userErrors", empty());
        addSource(source(meeting, 1, secondReport()))
                .body("data.addMeetingSource.userErrors.code", contains("CONFLICT"))
                .body("data.addMeetingSource.meeting.sourceCount", equalTo(2));
    }

    @Test
    void aDateAfterTheSecondReportWasPublishedIsRefusedUnlessExpected() {
        String meeting = known();
        Map<String, Object> input = source(meeting, 1, secondReport());
        input.put("date", Map.of("iso", "2023-08-30"));
        addSource(input)
                .body("data.addMeetingSource.userErrors.code", contains("INVALID"))
                .body("data.addMeetingSource.userErrors[0].field", contains("input", "date", "iso"));
    }

    @Test
    void anAnonymousRequestJoinsNothing() {
        String meeting = known();
        GraphQL.post(ADD_SOURCE, Map.of("input", source(meeting, 1, secondReport())))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    /** The second report added as a meeting of its own, as the analyst did: the day, alleged, both parties. */
    static String addedAgain(String document) {
        Map<String, Object> input = MeetingMutationsTest.meeting(document);
        input.put("title", Map.of("en", "Yevkurov meets Haftar in Benghazi"));
        input.put("kind", "OFFICIAL_VISIT");
        input.put("status", "ALLEGED");
        input.put("date", Map.of("iso", "2023-08-22", "text", "Tuesday, 22 August"));
        input.put("place", "Place:benghazi");
        input.put("topics", List.of("military cooperation"));
        input.put("participants", List.of(
                MeetingMutationsTest.participant("Actor:yunus-bek-yevkurov", "VISITOR", MeetingMutationsTest.quote("Yunus-Bek Yevkurov")),
                MeetingMutationsTest.participant("Actor:khalifa-haftar", "HOST", MeetingMutationsTest.quote("Khalifa Haftar"))));
        input.put("quotes", List.of(MeetingMutationsTest.quote("the first official visit by a Russian military delegation")));
        return MeetingMutationsTest.added(input);
    }

    static ValidatableResponse merge(String token, String from, String into) {
        return GraphQL.postAs(token, MERGE, Map.of("input", Map.of("from", from, "fromVersion", 1, "into", into,
                "intoVersion", 1, "reason", "One visit reported twice.")));
    }

    @Test
    void aCuratorMergesTheSecondReportsMeetingIntoTheKnownOne() {
        String meeting = known();
        String second = secondReport();
        String again = addedAgain(second);
        merge(Tokens.curator("cleo"), again, meeting)
                .body("data.mergeMeetings.userErrors", empty())
                .body("data.mergeMeetings.meeting.id", equalTo(meeting))
                .body("data.mergeMeetings.meeting.sourceCount", equalTo(2))
                .body("data.mergeMeetings.meeting.sources[1].document.id", equalTo(second))
                .body("data.mergeMeetings.meeting.sources[1].status", equalTo("ALLEGED"))
                .body("data.mergeMeetings.meeting.sources[1].date.iso", equalTo("2023-08-22"))
                .body("data.mergeMeetings.meeting.sources[1].quotes.quote",
                        contains("the first official visit by a Russian military delegation"))
                .body("data.mergeMeetings.meeting.participants.evidence.document.id.flatten()", hasItem(second))
                .body("data.mergeMeetings.meeting.disagreements.about", contains("STATUS"));
        GraphQL.post("query N($id: ID!) { node(id: $id) { id } }", Map.of("id", again))
                .body("data.node.id", equalTo(meeting));
        GraphQL.post("query H($id: ID!) { history(id: $id) { nodes { kind author } } }", Map.of("id", again))
                .body("data.history.nodes.kind", contains("CREATED", "MERGED"));
    }

    @Test
    void twoMeetingsOfOneDocumentAreNotMerged() {
        String meeting = known();
        String document = GraphQL.post(READ, Map.of("id", meeting)).extract().path("data.node.evidence[0].document.id");
        Map<String, Object> input = MeetingMutationsTest.meeting(document);
        input.put("participants", List.of(
                MeetingMutationsTest.participant("Actor:khalifa-haftar", "HOST", MeetingMutationsTest.quote("حفتر"))));
        input.put("quotes", List.of(MeetingMutationsTest.quote("في مقره العسكري")));
        input.put("date", Map.of("iso", "2023-08"));
        String other = MeetingMutationsTest.added(input);
        merge(Tokens.curator("cleo"), other, meeting)
                .body("data.mergeMeetings.userErrors.code", contains("INVALID"))
                .body("data.mergeMeetings.userErrors[0].message", startsWith(document + " reports both"));
        GraphQL.post("query N($id: ID!) { node(id: $id) { id } }", Map.of("id", other)).body("data.node.id", equalTo(other));
    }

    @Test
    void anAnalystMergesNoMeetings() {
        String meeting = known();
        merge(Tokens.analyst("ana"), addedAgain(secondReport()), meeting)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    static ValidatableResponse addStatement(String meeting, String document, String quote) {
        Map<String, Object> input = new HashMap<>();
        input.put("meeting", meeting);
        input.put("document", document);
        input.put("speaker", "Actor:khalifa-haftar");
        input.put("summary", Map.of("en", "Haftar on the visit"));
        input.put("status", "REPORTED");
        input.put("quotes", List.of(MeetingMutationsTest.quote(quote)));
        return GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write("AddStatement"), Map.of("input", input));
    }

    @Test
    void aStatementMayQuoteTheSecondReportOfItsMeeting() {
        String meeting = known();
        String second = secondReport();
        addSource(source(meeting, 1, second)).body("data.addMeetingSource.userErrors", empty());
        addStatement(meeting, second, "for talks with Khalifa Haftar")
                .body("data.addStatement.userErrors", empty())
                .body("data.addStatement.statement.document.id", equalTo(second))
                .body("data.addStatement.statement.evidence[0].start", equalTo(SECOND.indexOf("for talks with")));
    }

    @Test
    void aStatementOfADocumentThatDoesNotReportTheMeetingIsRefused() {
        String meeting = known();
        addStatement(meeting, secondReport(), "for talks with Khalifa Haftar")
                .body("data.addStatement.userErrors.code", contains("INVALID"))
                .body("data.addStatement.userErrors[0].field", contains("input", "document"));
    }

    @Test
    void aReportWhoseStatementsStandIsNotTakenOff() {
        String meeting = known();
        String second = secondReport();
        addSource(source(meeting, 1, second)).body("data.addMeetingSource.userErrors", empty());
        addStatement(meeting, second, "for talks with Khalifa Haftar").body("data.addStatement.userErrors", empty());
        GraphQL.postAs(Tokens.analyst("ana"), REMOVE_SOURCE,
                Map.of("input", Map.of("id", meeting, "version", 2, "document", second)))
                .body("data.removeMeetingSource.userErrors.code", contains("INVALID"))
                .body("data.removeMeetingSource.userErrors[0].field", contains("input", "document"));
    }

    @Test
    void editingTheParticipantsKeepsWhatAMergedReportSaidOfThem() {
        String meeting = known();
        String second = secondReport();
        merge(Tokens.curator("cleo"), addedAgain(second), meeting).body("data.mergeMeetings.userErrors", empty());
        MeetingMutationsTest.edit("ana", Map.of("id", meeting, "version", 2, "participants", List.of(
                MeetingMutationsTest.participant("Actor:khalifa-haftar", "HOST", MeetingMutationsTest.quote("حفتر")))))
                .body("data.editMeeting.userErrors", empty());
        GraphQL.post(READ, Map.of("id", meeting))
                .body("data.node.participants.actor.id", contains("Actor:khalifa-haftar", "Actor:yunus-bek-yevkurov"))
                .body("data.node.participants[0].evidence.quote", contains("حفتر", "Khalifa Haftar"))
                .body("data.node.participants[1].evidence.quote", contains("Yunus-Bek Yevkurov"));
    }

    @Test
    void theSecondReportQuotesTheParticipantsAndTakingItOffTakesTheirQuotesOff() {
        String meeting = known();
        String second = secondReport();
        Map<String, Object> input = source(meeting, 1, second);
        input.put("participants", List.of(
                MeetingMutationsTest.participant("Actor:khalifa-haftar", "HOST", MeetingMutationsTest.quote("Khalifa Haftar")),
                MeetingMutationsTest.participant("Actor:sergei-lavrov", "ACCOMPANYING",
                        MeetingMutationsTest.quote("Russian Deputy Defence Minister"))));
        addSource(input)
                .body("data.addMeetingSource.userErrors", empty())
                .body("data.addMeetingSource.meeting.participants.actor.id",
                        contains("Actor:yunus-bek-yevkurov", "Actor:khalifa-haftar", "Actor:sergei-lavrov"))
                .body("data.addMeetingSource.meeting.participants[1].evidence.quote", contains("حفتر", "Khalifa Haftar"))
                .body("data.addMeetingSource.meeting.participants[1].role", equalTo("HOST"))
                .body("data.addMeetingSource.meeting.participants[2].evidence.document.id", contains(second));
        GraphQL.postAs(Tokens.analyst("ana"), REMOVE_SOURCE,
                Map.of("input", Map.of("id", meeting, "version", 2, "document", second)))
                .body("data.removeMeetingSource.userErrors", empty());
        GraphQL.post(READ, Map.of("id", meeting))
                .body("data.node.participants.actor.id", contains("Actor:yunus-bek-yevkurov", "Actor:khalifa-haftar"))
                .body("data.node.participants[1].evidence.quote", contains("حفتر"));
    }

    @Test
    void aParticipantsQuoteTheSecondReportDoesNotHaveRollsTheWholeReportBack() {
        String meeting = known();
        Map<String, Object> input = source(meeting, 1, secondReport());
        input.put("participants", List.of(
                MeetingMutationsTest.participant("Actor:khalifa-haftar", "HOST", MeetingMutationsTest.quote("Marshal Haftar"))));
        addSource(input)
                .body("data.addMeetingSource.userErrors.code", contains("NOT_FOUND"))
                .body("data.addMeetingSource.userErrors[0].field", contains("input", "participants", "0", "quotes", "0", "text"));
        GraphQL.post("query S($id: ID!) { node(id: $id) { ... on Meeting { version sourceCount } } }", Map.of("id", meeting))
                .body("data.node.version", equalTo(1))
                .body("data.node.sourceCount", equalTo(1));
    }
}
