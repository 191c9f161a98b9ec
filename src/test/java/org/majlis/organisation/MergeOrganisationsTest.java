package org.majlis.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
 * A curator finds two organisations to be one body and merges them: roles, presences, relationships and parts follow
 * the survivor, and the old ids answer as the new.
 */
@QuarkusTest
@TestProfile(WritableStore.class)
class MergeOrganisationsTest {

    static final String MERGE = RealisticOperationsTest.write("MergeOrganisations");
    static final String TEXT = "قال قائد الفيلق الأفريقي يونس بك يفكوروف إن قوات فيلق أفريقيا باقية في ليبيا.";

    static String organisation(String slug, String english, String arabic, String parent) {
        Map<String, Object> input = new HashMap<>(Map.of("slug", slug, "kind", "MILITARY",
                "names", List.of(Map.of("lang", "en", "text", english), Map.of("lang", "ar", "text", arabic))));
        if (parent != null) {
            input.put("parent", parent);
        }
        return GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write("AddOrganisation"), Map.of("input", input))
                .body("data.addOrganisation.userErrors", empty()).extract().path("data.addOrganisation.organisation.id");
    }

    static ValidatableResponse merge(String from, String into) {
        return GraphQL.postAs(Tokens.curator("cora"), MERGE, Map.of("input", Map.of("from", from, "fromVersion", 1,
                "into", into, "intoVersion", 1, "reason", "Two spellings of one corps.")));
    }

    @Test
    void theMergedBodysRolesPresencesTiesAndPartsFollowTheSurvivor() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String corps = organisation("corps-" + suffix, "African Corps", "الفيلق الأفريقي", null);
        String twin = organisation("twin-" + suffix, "Africa Corps", "فيلق أفريقيا", null);
        String part = organisation("part-" + suffix, "Africa Corps in Libya", "فيلق أفريقيا في ليبيا", twin);
        String document = AddedDocuments.withText(TEXT);
        String role = GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write("AddRole"), Map.of("input", Map.of(
                "document", document, "actor", "Actor:yunus-bek-yevkurov", "organisation", twin,
                "title", Map.of("en", "Commander"), "current", true, "status", "REPORTED",
                "quotes", List.of(Map.of("text", "قائد الفيلق الأفريقي")))))
                .body("data.addRole.userErrors", empty()).extract().path("data.addRole.role.id");
        String presence = "MilitaryPresence:" + suffix;
        GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write("AddMilitaryPresence"), Map.of("input", Map.of(
                "document", document, "slug", suffix, "force", twin, "hostCountry", "LY", "kind", "TROOPS",
                "status", "REPORTED", "quotes", List.of(Map.of("text", "قوات فيلق أفريقيا باقية في ليبيا")))))
                .body("data.addMilitaryPresence.userErrors", empty());

        merge(twin, corps)
                .body("data.mergeOrganisations.userErrors", empty())
                .body("data.mergeOrganisations.organisation.id", equalTo(corps))
                .body("data.mergeOrganisations.organisation.aliases.text", hasItem("فيلق أفريقيا"));
        String newRole = role.replace(twin.substring("Organisation:".length()), corps.substring("Organisation:".length()));
        GraphQL.post("""
                query After($twin: ID!, $role: ID!, $presence: ID!, $part: ID!) {
                  twin: node(id: $twin) { id }
                  role: node(id: $role) { id ... on Role { organisation { id } } }
                  presence: node(id: $presence) { ... on MilitaryPresence { force { id } } }
                  part: node(id: $part) { ... on Organisation { parent { id } } }
                }""", Map.of("twin", twin, "role", role, "presence", presence, "part", part))
                .body("data.twin.id", equalTo(corps))
                .body("data.role.id", equalTo(newRole))
                .body("data.role.organisation.id", equalTo(corps))
                .body("data.presence.force.id", equalTo(corps))
                .body("data.part.parent.id", equalTo(corps));
    }

    @Test
    void aBodyAndOneOfItsPartsAreNotMerged() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String whole = organisation("whole-" + suffix, "Ministry of Defence", "وزارة الدفاع", null);
        String part = organisation("part-" + suffix, "General Staff", "رئاسة الأركان", whole);
        merge(part, whole)
                .body("data.mergeOrganisations.userErrors.code", contains("INVALID"))
                .body("data.mergeOrganisations.userErrors[0].message", containsString("a body and one of its parts"));
        GraphQL.post("query Read($id: ID!) { node(id: $id) { id } }", Map.of("id", part)).body("data.node.id", equalTo(part));
    }
}
