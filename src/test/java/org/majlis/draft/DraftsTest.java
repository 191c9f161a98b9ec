package org.majlis.draft;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.majlis.auth.Tokens;
import org.majlis.auth.WritableStore;
import org.majlis.document.AddedDocuments;
import org.majlis.graphql.GraphQL;
import org.majlis.graphql.RealisticOperationsTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Drafts through GraphQL (issue 25), as an analyst's frontend sends them (src/test/resources/realistic/writes/): a new
 * article of the analyst's, drafted against the test fixture's graph (the bundled article, which already holds
 * Lavrov's post).
 */
@QuarkusTest
@TestProfile(WritableStore.class)
class DraftsTest {

    /** Published on a Tuesday: "on Monday" is the day before. */
    static final String TEXT = "Russian Foreign Minister Sergei Lavrov received Khalifa Haftar in Moscow on Monday.";

    /**
     * Each test's document is published a week after the last one's: a meeting one test accepts is another Monday's, so
     * that no test's draft finds another's meeting (it would propose a further source of it instead).
     */
    private static final AtomicInteger WEEKS = new AtomicInteger();
    private static final LocalDate FIRST_TUESDAY = LocalDate.of(2024, 6, 4);

    static ValidatableResponse send(String operation, Map<String, Object> input) {
        return GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write(operation), Map.of("input", input));
    }

    /** A new document of the text, drafted: the answer of draftDocument. */
    static JsonPath drafted() {
        LocalDate tuesday = FIRST_TUESDAY.plusWeeks(WEEKS.getAndIncrement());
        String document = AddedDocuments.withText(TEXT, "en", tuesday.toString());
        return send("DraftDocument", Map.of("document", document))
                .body("data.draftDocument.userErrors", empty())
                .extract().jsonPath().setRootPath("data.draftDocument");
    }

    static String suggestion(JsonPath drafted, String kind) {
        List<Map<String, Object>> nodes = drafted.getList("document.suggestions.nodes");
        return (String) nodes.stream().filter(n -> n.get("kind").equals(kind)).findFirst().orElseThrow().get("id");
    }

    @Test
    void aDraftProposesTheMeetingAndReportsTheKnownRoleAgainEachWithItsQuotes() {
        JsonPath drafted = drafted();
        assertEquals(2, drafted.getInt("open"));
        assertEquals(List.of("MEETING", "SOURCE"), drafted.getList("document.suggestions.nodes.kind"));
        assertEquals("Role:000_de159ab6a08af78c.sergei-lavrov.russian-ministry-of-foreign-affairs",
                drafted.getString("document.suggestions.nodes[1].claim"));
        assertEquals("Russian Foreign Minister Sergei Lavrov", drafted.getString("document.suggestions.nodes[1].quotes[0].quote"));
        assertEquals(0, drafted.getInt("document.suggestions.nodes[1].quotes[0].start"));
        assertEquals("addMeeting", drafted.getString("document.suggestions.nodes[0].mutation"));
        String monday = monday(drafted);
        assertEquals(DayOfWeek.MONDAY, LocalDate.parse(monday).getDayOfWeek());
        assertEquals("Sergei Lavrov receives Khalifa Haftar in Moscow, " + monday,
                drafted.getString("document.suggestions.nodes[0].summary"));
        assertEquals(TEXT.substring(0, TEXT.length() - 1), drafted.getString("document.suggestions.nodes[0].quotes[0].quote"));
    }

    /** A refused acceptance leaves the suggestion open. */
    static void assertStillOpen(String suggestion) {
        GraphQL.post("query ($id: ID!) { node(id: $id) { ... on Suggestion { status } } }", Map.of("id", suggestion))
                .body("data.node.status", equalTo("OPEN"));
    }

    /** The Monday before the drafted document's day of publication, as the proposal gives it. */
    static String monday(JsonPath drafted) {
        return drafted.getString("document.suggestions.nodes.find { it.kind == 'MEETING' }.proposal")
                .replaceAll(".*\"iso\":\"([0-9-]+)\".*", "$1");
    }

    @Test
    void anAcceptedSuggestionIsAClaimWithItsQuotesWhoseHistoryNamesTheSuggestion() {
        JsonPath drafted = drafted();
        String monday = monday(drafted);
        String meeting = suggestion(drafted, "MEETING");
        send("AcceptSuggestion", Map.of("id", meeting))
                .body("data.acceptSuggestion.userErrors", empty())
                .body("data.acceptSuggestion.suggestion.status", equalTo("ACCEPTED"))
                .body("data.acceptSuggestion.suggestion.decidedBy", equalTo("ana"))
                .body("data.acceptSuggestion.claim.id", equalTo("Meeting:" + monday + "-moscow-sergei-lavrov-khalifa-haftar"))
                .body("data.acceptSuggestion.claim.history.nodes[0].origin", equalTo("SUGGESTION"))
                .body("data.acceptSuggestion.claim.history.nodes[0].suggestion", equalTo(meeting))
                .body("data.acceptSuggestion.claim.history.nodes[0].author", equalTo("ana"));
        String claim = GraphQL.post("""
                query ($id: ID!) { node(id: $id) { ... on Meeting { id date { iso } place { id }
                  participants { actor { id } role } evidence { quote } } } }""",
                Map.of("id", GraphQL.postAs(Tokens.analyst("ana"), """
                        query ($id: ID!) { node(id: $id) { ... on Suggestion { claim } } }""", Map.of("id", meeting))
                        .extract().path("data.node.claim")))
                .body("data.node.date.iso", equalTo(monday))
                .body("data.node.place.id", equalTo("Place:moscow"))
                .body("data.node.participants.role", contains("HOST", "VISITOR"))
                .body("data.node.evidence.quote", hasItem(TEXT.substring(0, TEXT.length() - 1)))
                .extract().path("data.node.id");
        assertEquals("Meeting:" + monday + "-moscow-sergei-lavrov-khalifa-haftar", claim);
    }

    @Test
    void aNewPersonOnceAcceptedIsFoundWhenTheDocumentIsDraftedAgainWithTheirRoleAndMeeting() {
        String document = AddedDocuments.withText("Libyan Interior Minister Imad Trabelsi received Sergei Lavrov in Tripoli "
                + "on Monday.", "en", "2024-06-04");
        JsonPath first = send("DraftDocument", Map.of("document", document)).extract().jsonPath().setRootPath("data.draftDocument");
        assertEquals(List.of("ACTOR"), first.getList("document.suggestions.nodes.kind"));
        assertEquals("A person the graph does not know: Imad Trabelsi", first.getString("document.suggestions.nodes[0].summary"));
        send("AcceptSuggestion", Map.of("id", suggestion(first, "ACTOR")))
                .body("data.acceptSuggestion.userErrors", empty())
                .body("data.acceptSuggestion.claim.id", equalTo("Actor:imad-trabelsi"));
        JsonPath again = send("DraftDocument", Map.of("document", document)).extract().jsonPath().setRootPath("data.draftDocument");
        assertEquals(List.of("MEETING", "ROLE"), again.getList("document.suggestions.nodes.kind"));
        assertEquals("Imad Trabelsi receives Sergei Lavrov in Tripoli, 2024-06-03", again.getString("document.suggestions.nodes[0].summary"));
        assertEquals("Imad Trabelsi: Libyan Interior Minister, Libya", again.getString("document.suggestions.nodes[1].summary"));
    }

    @Test
    void aSecondReportOfAnAcceptedMeetingIsProposedAsAFurtherSourceOfIt() {
        JsonPath first = drafted();
        String meeting = send("AcceptSuggestion", Map.of("id", suggestion(first, "MEETING")))
                .body("data.acceptSuggestion.userErrors", empty()).extract().path("data.acceptSuggestion.claim.id");
        String second = AddedDocuments.withText("Khalifa Haftar was received by Sergei Lavrov in Moscow on Monday, the "
                + "Russian ministry said.", "en", LocalDate.parse(monday(first)).plusDays(1).toString());
        JsonPath drafted = send("DraftDocument", Map.of("document", second)).extract().jsonPath().setRootPath("data.draftDocument");
        assertEquals(List.of("SOURCE"), drafted.getList("document.suggestions.nodes.kind"));
        assertEquals(meeting, drafted.getString("document.suggestions.nodes[0].claim"));
        assertEquals("addMeetingSource", drafted.getString("document.suggestions.nodes[0].mutation"));
        send("AcceptSuggestion", Map.of("id", drafted.getString("document.suggestions.nodes[0].id")))
                .body("data.acceptSuggestion.userErrors", empty())
                .body("data.acceptSuggestion.claim.sourceCount", equalTo(2));
    }

    @Test
    void aFurtherReportIsAcceptedAtTheClaimsCurrentVersion() {
        String source = suggestion(drafted(), "SOURCE");
        send("AcceptSuggestion", Map.of("id", source))
                .body("data.acceptSuggestion.userErrors", empty())
                .body("data.acceptSuggestion.claim.id",
                        equalTo("Role:000_de159ab6a08af78c.sergei-lavrov.russian-ministry-of-foreign-affairs"));
    }

    @Test
    void anEditedFurtherReportNamesTheVersionItWasReadAtAndAStaleOneIsAConflict() {
        JsonPath drafted = drafted();
        String source = suggestion(drafted, "SOURCE");
        String proposal = drafted.getString("document.suggestions.nodes.find { it.kind == 'SOURCE' }.proposal");
        send("AcceptSuggestion", Map.of("id", source, "proposal", proposal.replace("\"version\":0", "\"version\":999")))
                .body("data.acceptSuggestion.userErrors.code", contains("CONFLICT"))
                .body("data.acceptSuggestion.userErrors[0].field", contains("input", "proposal", "version"));
        assertStillOpen(source);
    }

    @Test
    void anEditedProposalIsAcceptedAsEditedAndTheRulesRecordSaysSo() {
        JsonPath drafted = drafted();
        String meeting = suggestion(drafted, "MEETING");
        String proposal = drafted.getString("document.suggestions.nodes[0].proposal")
                .replace("Sergei Lavrov receives Khalifa Haftar", "Lavrov receives Haftar in Moscow");
        send("AcceptSuggestion", Map.of("id", meeting, "proposal", proposal))
                .body("data.acceptSuggestion.userErrors", empty())
                .body("data.acceptSuggestion.suggestion.status", equalTo("EDITED"))
                .body("data.acceptSuggestion.claim.title", equalTo("Lavrov receives Haftar in Moscow"));
        GraphQL.post(RealisticOperationsTest.operation("SuggestionRules"))
                .body("data.suggestionRules.find { it.rule == 'meeting-verb' }.edited", not(equalTo(0)));
    }

    @Test
    void aProposalTheRulesRefuseIsAnErrorOnItsFieldAndWritesNothing() {
        JsonPath drafted = drafted();
        String meeting = suggestion(drafted, "MEETING");
        String proposal = drafted.getString("document.suggestions.nodes[0].proposal").replace(monday(drafted), "2024-13-03");
        send("AcceptSuggestion", Map.of("id", meeting, "proposal", proposal))
                .body("data.acceptSuggestion.userErrors.code", contains("INVALID"))
                .body("data.acceptSuggestion.userErrors[0].field", contains("input", "proposal", "date", "iso"))
                .body("data.acceptSuggestion.claim", equalTo(null));
        assertStillOpen(meeting);
    }

    @Test
    void aProposalThatIsNotItsMutationsInputIsAnErrorOnTheProposal() {
        JsonPath drafted = drafted();
        String meeting = suggestion(drafted, "MEETING");
        String proposal = drafted.getString("document.suggestions.nodes[0].proposal");
        send("AcceptSuggestion", Map.of("id", meeting, "proposal", proposal.substring(0, proposal.length() / 2)))
                .body("data.acceptSuggestion.userErrors.code", contains("INVALID"))
                .body("data.acceptSuggestion.userErrors[0].field", contains("input", "proposal"))
                .body("data.acceptSuggestion.userErrors[0].message", startsWith("The proposal is not the input of addMeeting"));
        send("AcceptSuggestion", Map.of("id", meeting, "proposal", proposal.replace("\"kind\"", "\"sort\"")))
                .body("data.acceptSuggestion.userErrors.code", contains("INVALID"))
                .body("data.acceptSuggestion.userErrors[0].field", contains("input", "proposal"))
                .body("data.acceptSuggestion.userErrors[0].message", startsWith("The proposal is not the input of addMeeting"));
        send("AcceptSuggestion", Map.of("id", meeting, "proposal", proposal.replaceAll("Document:[^\"]+", "Document:000_de159ab6a08af78c")))
                .body("data.acceptSuggestion.userErrors.code", contains("INVALID"))
                .body("data.acceptSuggestion.userErrors[0].field", contains("input", "proposal", "document"));
        assertStillOpen(meeting);
    }

    @Test
    void aRejectedSuggestionStaysRejectedAndHiddenWhenTheDocumentIsDraftedAgain() {
        JsonPath drafted = drafted();
        String meeting = suggestion(drafted, "MEETING");
        String source = suggestion(drafted, "SOURCE");
        send("RejectSuggestion", Map.of("id", meeting))
                .body("data.rejectSuggestion.userErrors", empty())
                .body("data.rejectSuggestion.suggestion.status", equalTo("REJECTED"));
        String document = drafted.getString("document.id");
        send("DraftDocument", Map.of("document", document))
                .body("data.draftDocument.open", equalTo(1))
                .body("data.draftDocument.document.suggestions.nodes.id", contains(source));
        GraphQL.post("""
                query ($id: ID!) { node(id: $id) { ... on Document { suggestions(status: [REJECTED, OPEN]) { nodes { id status } } } } }""",
                Map.of("id", document))
                .body("data.node.suggestions.nodes.id", containsInAnyOrder(source, meeting));
    }

    @Test
    void aDecidedSuggestionIsNotDecidedAgain() {
        String meeting = suggestion(drafted(), "MEETING");
        send("RejectSuggestion", Map.of("id", meeting)).body("data.rejectSuggestion.userErrors", empty());
        send("AcceptSuggestion", Map.of("id", meeting))
                .body("data.acceptSuggestion.userErrors.code", contains("TAKEN"))
                .body("data.acceptSuggestion.userErrors[0].message", startsWith(meeting + " was rejected by ana at "));
    }

    @Test
    void draftingNeedsAWritersToken() {
        GraphQL.post(RealisticOperationsTest.write("DraftDocument"),
                Map.of("input", Map.of("document", "Document:000_de159ab6a08af78c")))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("data", equalTo(null));
    }

    @Test
    void aDocumentThatIsNotThereIsNotFound() {
        send("DraftDocument", Map.of("document", "Document:no-such-document"))
                .body("data.draftDocument.userErrors.code", contains("NOT_FOUND"))
                .body("data.draftDocument.userErrors[0].field", contains("input", "document"));
    }
}
