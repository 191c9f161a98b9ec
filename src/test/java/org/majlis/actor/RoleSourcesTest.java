package org.majlis.actor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.majlis.auth.Tokens;
import org.majlis.auth.WritableStore;
import org.majlis.document.AddedDocuments;
import org.majlis.graphql.GraphQL;
import org.majlis.graphql.RealisticOperationsTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/** A further report of a role (issue 24): a role has no place; its sources and their disagreement reach Popolo. */
@QuarkusTest
@TestProfile(WritableStore.class)
class RoleSourcesTest {

    static final String SECOND = "Abdullah al-Lafi, a member of the Presidential Council, was reported to have taken "
            + "the post in 2021.";

    /** A role of its own document, and a second report of it, as an analyst joins it. */
    static Map<String, Object> secondReportOfANewRole() {
        String role = GraphQL.postAs(Tokens.analyst("ana"), RoleMutationsTest.ADD,
                Map.of("input", RoleMutationsTest.role(AddedDocuments.withText(RoleMutationsTest.TEXT))))
                .body("data.addRole.userErrors", empty()).extract().path("data.addRole.role.id");
        Map<String, Object> input = new HashMap<>();
        input.put("id", role);
        input.put("version", 1);
        input.put("document", AddedDocuments.withText(SECOND, "en", "2024-05-20"));
        input.put("quotes", List.of(Map.of("text", "Abdullah al-Lafi, a member of the Presidential Council")));
        input.put("status", "ALLEGED");
        return input;
    }

    static ValidatableResponse addSource(Map<String, Object> input) {
        return GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write("AddRoleSource"), Map.of("input", input));
    }

    @Test
    void aRoleHasNoPlace() {
        Map<String, Object> input = secondReportOfANewRole();
        input.put("place", "Place:tripoli");
        addSource(input)
                .body("data.addRoleSource.userErrors.code", contains("INVALID"))
                .body("data.addRoleSource.userErrors[0].field", contains("input", "place"));
    }

    @Test
    void theMembershipCarriesBothSourcesAndTheirDisagreement() {
        Map<String, Object> input = secondReportOfANewRole();
        addSource(input)
                .body("data.addRoleSource.userErrors", empty())
                .body("data.addRoleSource.role.sourceCount", equalTo(2))
                .body("data.addRoleSource.role.disagreements.about", contains("STATUS"));
        String popolo = RestAssured.get("/exports/popolo.json").then().statusCode(200).extract().asString();
        JsonObject membership = Json.createReader(new StringReader(popolo)).readObject().getJsonArray("memberships").stream()
                .map(m -> m.asJsonObject()).filter(m -> m.getString("id").equals(input.get("id"))).findFirst().orElseThrow();
        assertEquals(2, membership.getInt("sourceCount"));
        assertEquals("STATUS", membership.getJsonArray("disagreements").getJsonObject(0).getString("about"));
    }

    @Test
    void aRoleAddedFromASecondReportIsMergedIntoTheKnownOneAndItsIdAnswers() {
        Map<String, Object> source = secondReportOfANewRole();
        Map<String, Object> again = RoleMutationsTest.role((String) source.get("document"));
        again.put("start", null);
        again.put("status", "ALLEGED");
        again.put("quotes", source.get("quotes"));
        String from = GraphQL.postAs(Tokens.analyst("ana"), RoleMutationsTest.ADD, Map.of("input", again))
                .body("data.addRole.userErrors", empty()).extract().path("data.addRole.role.id");
        GraphQL.postAs(Tokens.curator("cleo"), RealisticOperationsTest.write("MergeRoles"), Map.of("input",
                Map.of("from", from, "fromVersion", 1, "into", source.get("id"), "intoVersion", 1, "reason", "One post.")))
                .body("data.mergeRoles.userErrors", empty())
                .body("data.mergeRoles.role.sourceCount", equalTo(2))
                .body("data.mergeRoles.role.sources.status", contains("REPORTED", "ALLEGED"));
        GraphQL.post("query N($id: ID!) { node(id: $id) { id } }", Map.of("id", from)).body("data.node.id",
                equalTo(source.get("id")));
    }

    @Test
    void aSecondReportAddedAsItsOwnRoleNamesTheKnownOne() {
        String known = GraphQL.postAs(Tokens.analyst("ana"), RoleMutationsTest.ADD,
                Map.of("input", RoleMutationsTest.role(AddedDocuments.withText(RoleMutationsTest.TEXT))))
                .body("data.addRole.userErrors", empty()).extract().path("data.addRole.role.id");
        Map<String, Object> again = RoleMutationsTest.role(AddedDocuments.withText(SECOND, "en", "2024-05-20"));
        again.put("start", Map.of("iso", "2021"));
        again.put("quotes", List.of(Map.of("text", "Abdullah al-Lafi, a member of the Presidential Council")));
        GraphQL.postAs(Tokens.analyst("ana"), RoleMutationsTest.ADD, Map.of("input", again))
                .body("data.addRole.userErrors", empty())
                .body("data.addRole.role.similar.id", hasItem(known));
    }
}
