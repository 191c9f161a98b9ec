package org.majlis.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * An analyst adds meetings to a document through GraphQL, as a frontend does, quoting its words or a selection's
 * offsets; edits them at the version read; a curator retracts them, and their history keeps them.
 */
@QuarkusTest
@TestProfile(WritableStore.class)
class MeetingMutationsTest {

    static final String ADD = RealisticOperationsTest.write("AddMeeting");
    static final String EDIT = RealisticOperationsTest.write("EditMeeting");
    static final String RETRACT = RealisticOperationsTest.write("RetractMeeting");

    static final String READ = """
            query Read($id: ID!) {
              node(id: $id) { ... on Meeting { id version title status date { iso }
                participants { id role actor { id } evidence { id quote start end } }
                evidence { quote start end } } }
            }""";

    /** Arabic, with "اللافي" twice and a flag (two characters of two UTF-16 units each) at the end. */
    static final String TEXT = "التقى وزير الخارجية الروسي سيرغي لافروف بعبد الله اللافي في طرابلس اليوم. "
            + "وقال اللافي إن اللقاء كان مثمرا 🇱🇾";

    static final int LAVROV = TEXT.indexOf("سيرغي لافروف");

    static String document() {
        return AddedDocuments.withText(TEXT);
    }

    static Map<String, Object> quote(String text) {
        Map<String, Object> quote = new HashMap<>();
        quote.put("text", text);
        return quote;
    }

    static Map<String, Object> span(int start, int end) {
        return new HashMap<>(Map.of("start", start, "end", end));
    }

    static Map<String, Object> participant(String actor, String role, Map<String, Object> quote) {
        Map<String, Object> participant = new HashMap<>();
        participant.put("actor", actor);
        participant.put("role", role);
        participant.put("quotes", List.of(quote));
        return participant;
    }

    /** A meeting of the test document, Lavrov quoted by offsets, al-Lafi by his words. */
    static Map<String, Object> meeting(String document) {
        Map<String, Object> input = new HashMap<>();
        input.put("document", document);
        input.put("slug", "m-" + UUID.randomUUID());
        input.put("title", Map.of("en", "Lavrov meets al-Lafi in Tripoli"));
        input.put("kind", "TALKS");
        input.put("status", "REPORTED");
        input.put("date", Map.of("iso", "2024-05-14", "text", "اليوم"));
        input.put("place", "Place:tripoli");
        input.put("participants", new ArrayList<>(List.of(
                participant("Actor:sergei-lavrov", "VISITOR", span(LAVROV, LAVROV + "سيرغي لافروف".length())),
                participant("Actor:abdullah-al-lafi", "HOST", quote("عبد الله اللافي")))));
        input.put("quotes", List.of(quote("التقى")));
        return input;
    }

    static ValidatableResponse add(String token, Map<String, Object> input) {
        return GraphQL.postAs(token, ADD, Map.of("input", input));
    }

    static String added(Map<String, Object> input) {
        return add(Tokens.analyst("ana"), input).body("data.addMeeting.userErrors", empty())
                .extract().path("data.addMeeting.meeting.id");
    }

    static ValidatableResponse edit(String writer, Map<String, Object> input) {
        return GraphQL.postAs(Tokens.analyst(writer), EDIT, Map.of("input", input));
    }

    @Test
    void anAnalystAddsAMeetingThatAnyoneThenReadsWithItsQuotes() {
        Map<String, Object> input = meeting(document());
        String id = added(input);
        GraphQL.post(READ, Map.of("id", id))
                .body("errors", nullValue())
                .body("data.node.version", equalTo(1))
                .body("data.node.title", equalTo("Lavrov meets al-Lafi in Tripoli"))
                .body("data.node.participants.actor.id", contains("Actor:sergei-lavrov", "Actor:abdullah-al-lafi"))
                .body("data.node.participants[0].evidence[0].quote", equalTo("سيرغي لافروف"))
                .body("data.node.participants[1].evidence[0].start", equalTo(TEXT.indexOf("عبد الله اللافي")))
                .body("data.node.participants[1].evidence[0].id", startsWith(
                        "Participation:" + input.get("slug") + ".abdullah-al-lafi@"))
                .body("data.node.evidence.quote", contains("التقى"));
    }

    @Test
    void aNewMeetingIsInTheListsOfItsParticipantsAtOnce() {
        String id = added(meeting(document()));
        GraphQL.post("""
                query { node(id: "Actor:abdullah-al-lafi") { ... on Actor { meetings(first: 100) { nodes { id } } } } }""")
                .body("data.node.meetings.nodes.id", hasItem(id));
        GraphQL.post("query { timeline(from: \"2024-05-14\", to: \"2024-05-14\", involving: \"Actor:abdullah-al-lafi\", first: 100) { nodes { node { ... on Meeting { id } } } } }")
                .body("data.timeline.nodes.node.id", hasItem(id));
    }

    @Test
    void aSlugLeftOutIsMadeOfTheDatePlaceAndParticipants() {
        Map<String, Object> input = meeting(document());
        input.remove("slug");
        add(Tokens.analyst("ana"), input)
                .body("data.addMeeting.userErrors", empty())
                .body("data.addMeeting.meeting.id", equalTo("Meeting:2024-05-14-tripoli-sergei-lavrov-abdullah-al-lafi"));
        add(Tokens.analyst("ana"), input)
                .body("data.addMeeting.userErrors.code", contains("TAKEN"))
                .body("data.addMeeting.userErrors[0].field", contains("input", "slug"));
    }

    @Test
    void aQuoteNotInTheTextNamesTheNearestPassageAndNothingIsWritten() {
        Map<String, Object> input = meeting(document());
        input.put("quotes", List.of(quote("التقي وزير الخارجية")));
        add(Tokens.analyst("ana"), input)
                .body("errors", nullValue())
                .body("data.addMeeting.meeting", nullValue())
                .body("data.addMeeting.userErrors.code", contains("NOT_FOUND"))
                .body("data.addMeeting.userErrors[0].field", contains("input", "quotes", "0", "text"))
                .body("data.addMeeting.userErrors[0].message", containsString("the text has «التقى وزير الخارجية» at line 1, column 1"));
        GraphQL.post(READ, Map.of("id", "Meeting:" + input.get("slug"))).body("data.node", nullValue());
    }

    @Test
    void aQuoteThatOccursTwiceAsksWhichAndAnOccurrenceSaysIt() {
        Map<String, Object> input = meeting(document());
        input.put("quotes", List.of(quote("اللافي")));
        add(Tokens.analyst("ana"), input)
                .body("data.addMeeting.userErrors.code", contains("AMBIGUOUS"))
                .body("data.addMeeting.userErrors[0].message", containsString("occurs 2 times"));
        Map<String, Object> second = quote("اللافي");
        second.put("occurrence", 2);
        input.put("quotes", List.of(second));
        add(Tokens.analyst("ana"), input)
                .body("data.addMeeting.userErrors", empty())
                .body("data.addMeeting.meeting.evidence[0].start", equalTo(TEXT.lastIndexOf("اللافي")));
    }

    @Test
    void offsetsMustBeAPassageOfTheTextAndAgreeWithItsWords() {
        Map<String, Object> input = meeting(document());
        int flag = TEXT.indexOf("🇱🇾");
        Map<String, Object> disagreeing = span(0, 5);
        disagreeing.put("text", "وزير");
        input.put("quotes", List.of(span(flag + 1, flag + 4), span(5, TEXT.length() + 1), disagreeing));
        add(Tokens.analyst("ana"), input)
                .body("data.addMeeting.userErrors.code", contains("INVALID", "INVALID", "INVALID"))
                .body("data.addMeeting.userErrors[0].message", containsString("cuts a character in half"))
                .body("data.addMeeting.userErrors[1].message", containsString("end ≤ " + TEXT.length()))
                .body("data.addMeeting.userErrors[2].message", containsString("is «التقى», not «وزير»"));
        input.put("quotes", List.of(span(flag, flag + 4)));
        add(Tokens.analyst("ana"), input)
                .body("data.addMeeting.userErrors", empty())
                .body("data.addMeeting.meeting.evidence[0].quote", equalTo("🇱🇾"));
    }

    @Test
    void referencesAndDatesFollowTheSeedRules() {
        Map<String, Object> input = meeting(document());
        input.put("date", Map.of("iso", "2024-06-01"));
        input.put("place", "Place:atlantis");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> participants = (List<Map<String, Object>>) input.get("participants");
        participants.get(0).put("actor", "Actor:sergei-lavrof");
        participants.add(participant("Actor:abdullah-al-lafi", "HOST", quote("بعبد الله")));
        add(Tokens.analyst("ana"), input)
                .body("data.addMeeting.userErrors.field", contains(List.of("input", "date", "iso"),
                        List.of("input", "place"), List.of("input", "participants", "0", "actor"),
                        List.of("input", "participants", "2", "actor")))
                .body("data.addMeeting.userErrors.code", contains("INVALID", "NOT_FOUND", "NOT_FOUND", "INVALID"))
                .body("data.addMeeting.userErrors[0].message", containsString("only an EXPECTED claim can lie ahead"))
                .body("data.addMeeting.userErrors[3].message", containsString("already takes part"));
        input.put("status", "EXPECTED");
        input.put("place", "Place:tripoli");
        participants.get(0).put("actor", "Actor:sergei-lavrov");
        participants.remove(2);
        add(Tokens.analyst("ana"), input).body("data.addMeeting.userErrors", empty());
    }

    @Test
    void anEditReplacesTheListsItGivesAndTheHistoryKeepsBothStates() {
        Map<String, Object> input = meeting(document());
        String id = added(input);
        edit("bob", Map.of("id", id, "version", 1, "status", "ALLEGED",
                "participants", List.of(participant("Actor:abdullah-al-lafi", "HOST", quote("عبد الله اللافي")))))
                .body("data.editMeeting.userErrors", empty())
                .body("data.editMeeting.meeting.version", equalTo(2))
                .body("data.editMeeting.meeting.status", equalTo("ALLEGED"))
                .body("data.editMeeting.meeting.history.nodes.kind", contains("CREATED", "EDITED"))
                .body("data.editMeeting.meeting.history.nodes[1].author", equalTo("bob"))
                .body("data.editMeeting.meeting.history.nodes[1].before", containsString("Actor:sergei-lavrov"))
                .body("data.editMeeting.meeting.history.nodes[1].after", not(containsString("Actor:sergei-lavrov")));
        GraphQL.post(READ, Map.of("id", id))
                .body("data.node.participants.actor.id", contains("Actor:abdullah-al-lafi"))
                .body("data.node.evidence.quote", contains("التقى"));
    }

    /** Two analysts read version 1 and edit it: the first wins, the second is told and shown what won. */
    @Test
    void aStaleEditGetsAConflictWithTheCurrentMeeting() {
        String id = added(meeting(document()));
        edit("ana", Map.of("id", id, "version", 1, "title", Map.of("en", "Ana's title")))
                .body("data.editMeeting.userErrors", empty());
        edit("bob", Map.of("id", id, "version", 1, "title", Map.of("en", "Bob's title")))
                .body("data.editMeeting.userErrors.code", contains("CONFLICT"))
                .body("data.editMeeting.userErrors[0].field", contains("input", "version"))
                .body("data.editMeeting.meeting.title", equalTo("Ana's title"))
                .body("data.editMeeting.meeting.version", equalTo(2));
    }

    @Test
    void onlyACuratorRetracts() {
        String id = added(meeting(document()));
        GraphQL.postAs(Tokens.analyst("ana"), RETRACT, Map.of("input", Map.of("id", id, "version", 1, "reason", "wrong")))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.post(READ, Map.of("id", id)).body("data.node.id", equalTo(id));
    }

    @Test
    void aRetractedMeetingLeavesTheGraphAndStaysInItsHistory() {
        String document = document();
        String id = added(meeting(document));
        GraphQL.postAs(Tokens.curator("cora"), RETRACT, Map.of("input", Map.of("id", id, "version", 1,
                "reason", "The source reports a call, not a meeting.")))
                .body("errors", nullValue())
                .body("data.retractMeeting.userErrors", empty())
                .body("data.retractMeeting.meeting", nullValue());
        GraphQL.post(READ, Map.of("id", id)).body("data.node", nullValue());
        GraphQL.post("query Meetings($id: ID!) { node(id: $id) { ... on Document { meetings { nodes { id } } } } }",
                Map.of("id", document))
                .body("errors", nullValue())
                .body("data.node.meetings.nodes", empty());
        GraphQL.post("query History($id: ID!) { history(id: $id) { nodes { kind version author reason before after } } }",
                Map.of("id", id))
                .body("data.history.nodes.kind", contains("CREATED", "RETRACTED"))
                .body("data.history.nodes[1].version", equalTo(2))
                .body("data.history.nodes[1].author", equalTo("cora"))
                .body("data.history.nodes[1].reason", equalTo("The source reports a call, not a meeting."))
                .body("data.history.nodes[1].before", containsString("سيرغي لافروف"))
                .body("data.history.nodes[1].after", nullValue());
        GraphQL.post("query Since { changes(first: 100) { nodes { nodeId kind } } }")
                .body("data.changes.nodes.kind", hasItem("RETRACTED"));
    }

    /** A request sent twice (a retry, a replay of a captured one): the second changes nothing and says why. */
    @Test
    void aReplayedAddOrEditChangesNothingTwice() {
        Map<String, Object> input = meeting(document());
        String id = added(input);
        add(Tokens.analyst("ana"), input).body("data.addMeeting.userErrors.code", contains("TAKEN"));
        Map<String, Object> change = Map.of("id", id, "version", 1, "status", "ALLEGED");
        edit("ana", change).body("data.editMeeting.userErrors", empty());
        edit("ana", change).body("data.editMeeting.userErrors.code", contains("CONFLICT"));
        GraphQL.post("query H($id: ID!) { history(id: $id) { nodes { kind version } } }", Map.of("id", id))
                .body("data.history.nodes.kind", contains("CREATED", "EDITED"))
                .body("data.history.nodes.version", contains(1, 2));
    }

    @Test
    void aQuoteLongerThanAPassageIsTooLong() {
        String document = AddedDocuments.withText("ا".repeat(5000));
        Map<String, Object> input = meeting(document);
        input.put("participants", List.of(participant("Actor:sergei-lavrov", "VISITOR", span(0, 10))));
        input.put("quotes", List.of(span(0, 4001)));
        add(Tokens.analyst("ana"), input)
                .body("errors", nullValue())
                .body("data.addMeeting.userErrors.code", contains("TOO_LONG"))
                .body("data.addMeeting.userErrors[0].field", contains("input", "quotes", "0"));
    }
}
