package org.majlis.actor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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

/** An analyst adds the positions a document gives people, edits them at the version read; a curator retracts them. */
@QuarkusTest
@TestProfile(WritableStore.class)
class RoleMutationsTest {

    static final String ADD = RealisticOperationsTest.write("AddRole");
    static final String EDIT = RealisticOperationsTest.write("EditRole");
    static final String RETRACT = RealisticOperationsTest.write("RetractRole");

    static final String TEXT = "قال نائب رئيس المجلس الرئاسي عبد الله اللافي، الذي تولى منصبه في مارس 2021، إن المجلس "
            + "سيواصل عمله.";

    static Map<String, Object> role(String document) {
        Map<String, Object> input = new HashMap<>();
        input.put("document", document);
        input.put("actor", "Actor:abdullah-al-lafi");
        input.put("organisation", "Organisation:presidential-council");
        input.put("title", Map.of("en", "Vice-President of the Presidential Council", "ar", "نائب رئيس المجلس الرئاسي"));
        input.put("current", true);
        input.put("status", "REPORTED");
        input.put("start", Map.of("iso", "2021-03", "text", "مارس 2021"));
        input.put("quotes", List.of(Map.of("text", "نائب رئيس المجلس الرئاسي عبد الله اللافي")));
        return input;
    }

    static ValidatableResponse add(Map<String, Object> input) {
        return GraphQL.postAs(Tokens.analyst("ana"), ADD, Map.of("input", input));
    }

    static String slugOf(String document) {
        return document.substring("Document:".length());
    }

    @Test
    void anAnalystAddsARoleWhoseIdSaysWhatItIs() {
        String document = AddedDocuments.withText(TEXT);
        add(role(document))
                .body("errors", nullValue())
                .body("data.addRole.userErrors", empty())
                .body("data.addRole.role.id", equalTo("Role:" + slugOf(document)
                        + ".abdullah-al-lafi.presidential-council"))
                .body("data.addRole.role.version", equalTo(1))
                .body("data.addRole.role.start.iso", equalTo("2021-03"))
                .body("data.addRole.role.evidence[0].quote", equalTo("نائب رئيس المجلس الرئاسي عبد الله اللافي"));
        GraphQL.post("""
                query { node(id: "Actor:abdullah-al-lafi") { ... on Actor { roles(first: 100) { nodes { id } } } } }""")
                .body("data.node.roles.nodes.id", hasItem("Role:" + slugOf(document) + ".abdullah-al-lafi.presidential-council"));
    }

    @Test
    void aSecondRoleOfTheSameActorAndOrganisationNeedsAKey() {
        String document = AddedDocuments.withText(TEXT);
        add(role(document)).body("data.addRole.userErrors", empty());
        add(role(document)).body("data.addRole.userErrors.code", contains("TAKEN"))
                .body("data.addRole.userErrors[0].message", containsString("give the new role a key"));
        Map<String, Object> keyed = role(document);
        keyed.put("key", "former-post");
        add(keyed).body("data.addRole.role.id", equalTo("Role:" + slugOf(document) + ".former-post"));
    }

    @Test
    void datesFollowTheSeedRules() {
        Map<String, Object> input = role(AddedDocuments.withText(TEXT));
        input.put("start", Map.of("iso", "2024-06"));
        input.put("end", Map.of("iso", "2021-02"));
        add(input)
                .body("data.addRole.userErrors.field", contains(List.of("input", "start", "iso"), List.of("input", "end")))
                .body("data.addRole.userErrors[0].message", containsString("only an EXPECTED claim can lie ahead"))
                .body("data.addRole.userErrors[1].message", equalTo("The end (2021-02) is before the start (2024-06)."));
    }

    @Test
    void anEditAtTheVersionReadChangesTheRoleAndAStaleOneIsAConflict() {
        String document = AddedDocuments.withText(TEXT);
        String id = add(role(document)).extract().path("data.addRole.role.id");
        GraphQL.postAs(Tokens.analyst("bob"), EDIT, Map.of("input", Map.of("id", id, "version", 1, "acting", true)))
                .body("data.editRole.userErrors", empty())
                .body("data.editRole.role.version", equalTo(2))
                .body("data.editRole.role.acting", equalTo(true))
                .body("data.editRole.role.history.nodes.kind", contains("CREATED", "EDITED"))
                .body("data.editRole.role.history.nodes[1].after", containsString("\"acting\":true"));
        GraphQL.postAs(Tokens.analyst("cy"), EDIT, Map.of("input", Map.of("id", id, "version", 1, "current", false)))
                .body("data.editRole.userErrors.code", contains("CONFLICT"))
                .body("data.editRole.role.current", not(equalTo(false)));
    }

    @Test
    void aCuratorRetractsARoleAndItsHistoryKeepsIt() {
        String id = add(role(AddedDocuments.withText(TEXT))).extract().path("data.addRole.role.id");
        GraphQL.postAs(Tokens.analyst("ana"), RETRACT, Map.of("input", Map.of("id", id, "version", 1, "reason", "no")))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.postAs(Tokens.curator("cora"), RETRACT, Map.of("input", Map.of("id", id, "version", 1,
                "reason", "The source names another post.")))
                .body("data.retractRole.userErrors", empty())
                .body("data.retractRole.role", nullValue());
        GraphQL.post("query Read($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).body("data.node", nullValue());
        GraphQL.post("query History($id: ID!) { history(id: $id) { nodes { kind reason before } } }", Map.of("id", id))
                .body("data.history.nodes.kind", contains("CREATED", "RETRACTED"))
                .body("data.history.nodes[1].before", containsString("Organisation:presidential-council"));
    }

    /** An edit whose title is fine and whose end is not writes neither: the problem rolls the whole edit back. */
    @Test
    void anEditWithOneProblemChangesNothing() {
        String id = add(role(AddedDocuments.withText(TEXT))).extract().path("data.addRole.role.id");
        GraphQL.postAs(Tokens.analyst("bob"), EDIT, Map.of("input", Map.of("id", id, "version", 1,
                "title", Map.of("en", "Former Vice-President"), "end", Map.of("iso", "2020"))))
                .body("data.editRole.userErrors.field", contains(List.of("input", "end")))
                .body("data.editRole.role", nullValue());
        GraphQL.post("query Read($id: ID!) { node(id: $id) { ... on Role { title version end { iso } } } history(id: $id) "
                + "{ nodes { kind } } }", Map.of("id", id))
                .body("data.node.title", equalTo("Vice-President of the Presidential Council"))
                .body("data.node.version", equalTo(1))
                .body("data.node.end", nullValue())
                .body("data.history.nodes.kind", contains("CREATED"));
    }
}
