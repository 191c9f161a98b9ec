package org.majlis.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.auth.Tokens;
import org.majlis.auth.WritableStore;
import org.majlis.graphql.GraphQL;
import org.majlis.graphql.RealisticOperationsTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** An analyst adds what was said at a meeting, edits it at the version read; a curator retracts it. */
@QuarkusTest
@TestProfile(WritableStore.class)
class StatementMutationsTest {

    static final String ADD = RealisticOperationsTest.write("AddStatement");
    static final String EDIT = RealisticOperationsTest.write("EditStatement");
    static final String RETRACT = RealisticOperationsTest.write("RetractStatement");

    /** A meeting of a document of its own, whose text has al-Lafi's words. */
    static String meeting() {
        Map<String, Object> meeting = MeetingMutationsTest.meeting(MeetingMutationsTest.document());
        return MeetingMutationsTest.added(meeting);
    }

    static Map<String, Object> statement(String meeting) {
        Map<String, Object> input = new HashMap<>();
        input.put("meeting", meeting);
        input.put("speaker", "Actor:abdullah-al-lafi");
        input.put("summary", Map.of("en", "Al-Lafi called the meeting fruitful.", "ar", "وصف اللافي اللقاء بالمثمر"));
        input.put("status", "REPORTED");
        Map<String, Object> quote = new HashMap<>(Map.of("text", "اللافي إن اللقاء كان مثمرا"));
        input.put("quotes", List.of(quote));
        return input;
    }

    static ValidatableResponse add(Map<String, Object> input) {
        return GraphQL.postAs(Tokens.analyst("ana"), ADD, Map.of("input", input));
    }

    @Test
    void aStatementIsNamedByWhereItsEarliestQuoteStartsAndTheMeetingHoldsIt() {
        String meeting = meeting();
        String document = GraphQL.post("query M($id: ID!) { node(id: $id) { ... on Meeting { document { id } } } }",
                Map.of("id", meeting)).extract().path("data.node.document.id");
        int start = MeetingMutationsTest.TEXT.indexOf("اللافي إن اللقاء كان مثمرا");
        add(statement(meeting))
                .body("errors", nullValue())
                .body("data.addStatement.userErrors", empty())
                .body("data.addStatement.statement.id", equalTo("Statement:" + document.substring("Document:".length())
                        + "." + start))
                .body("data.addStatement.statement.speaker.id", equalTo("Actor:abdullah-al-lafi"));
        GraphQL.post("query M($id: ID!) { node(id: $id) { ... on Meeting { statements { summary } } } }", Map.of("id", meeting))
                .body("data.node.statements.summary", hasItem("Al-Lafi called the meeting fruitful."));
        add(statement(meeting)).body("data.addStatement.userErrors.code", contains("TAKEN"))
                .body("data.addStatement.userErrors[0].message", containsString("give this one a key"));
    }

    @Test
    void aStatementSaysWhoSaidIt() {
        Map<String, Object> input = statement(meeting());
        input.remove("speaker");
        add(input)
                .body("data.addStatement.userErrors.field", contains(List.of("input", "speaker")))
                .body("data.addStatement.userErrors[0].message",
                        equalTo("A statement needs a speaker, an organisation or reportedBy: who said it?"));
    }

    @Test
    void anEditKeepsTheIdAndARetractionKeepsTheHistory() {
        String id = add(statement(meeting())).extract().path("data.addStatement.statement.id");
        GraphQL.postAs(Tokens.analyst("bob"), EDIT, Map.of("input", Map.of("id", id, "version", 1,
                "quotes", List.of(Map.of("text", "إن اللقاء كان مثمرا")))))
                .body("data.editStatement.userErrors", empty())
                .body("data.editStatement.statement.id", equalTo(id))
                .body("data.editStatement.statement.version", equalTo(2));
        GraphQL.postAs(Tokens.curator("cora"), RETRACT, Map.of("input", Map.of("id", id, "version", 2, "reason", "Not said.")))
                .body("data.retractStatement.userErrors", empty());
        GraphQL.post("query H($id: ID!) { node(id: $id) { id } history(id: $id) { nodes { kind } } }", Map.of("id", id))
                .body("data.node", nullValue())
                .body("data.history.nodes.kind", contains("CREATED", "EDITED", "RETRACTED"));
    }
}
