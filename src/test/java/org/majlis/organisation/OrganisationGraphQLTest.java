package org.majlis.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OrganisationGraphQLTest {

    static final String LIST = """
            query Organisations($filter: OrganisationFilter) { organisations(filter: $filter, first: 100) { nodes { id } totalCount } }""";

    @Test
    void organisationsAreFoundByNameOrAliasInEitherScript() {
        GraphQL.post(LIST, Map.of("filter", Map.of("name", "فاغنر")))
                .body("data.organisations.nodes.id", contains("Organisation:wagner-group"));
        GraphQL.post(LIST, Map.of("filter", Map.of("name", "unsmil")))
                .body("data.organisations.nodes.id", contains("Organisation:un-support-mission-in-libya"));
    }

    @Test
    void organisationsAreFilteredByKindAndCountry() {
        GraphQL.post(LIST, Map.of("filter", Map.of("kind", "STATE")))
                .body("data.organisations.nodes.id", contains("Organisation:libya", "Organisation:russia"));
        GraphQL.post(LIST, Map.of("filter", Map.of("kind", "MINISTRY", "country", "RU")))
                .body("data.organisations.nodes.id", contains("Organisation:russian-ministry-of-defence",
                        "Organisation:russian-ministry-of-foreign-affairs"));
    }

    @Test
    void aMinistryBelongsToItsGovernmentAndHasItsMembers() {
        GraphQL.post("""
                query Org($id: ID!) { node(id: $id) { ... on Organisation { kind parent { id parent { id } } members { nodes { actor { id } } } } } }""",
                Map.of("id", "Organisation:gnu-ministry-of-foreign-affairs"))
                .body("data.node.kind", equalTo("MINISTRY"))
                .body("data.node.parent.id", equalTo("Organisation:government-of-national-unity"))
                .body("data.node.parent.parent.id", equalTo("Organisation:libya"))
                .body("data.node.members.nodes.actor.id", contains("Actor:taher-al-baour"));
    }

    @Test
    void aStateHasTheMeetingsHeldForItAndThePresencesItSponsors() {
        GraphQL.post("""
                query Org($id: ID!) { node(id: $id) { ... on Organisation { meetings { nodes { id } } militaryPresences { nodes { id } } } } }""",
                Map.of("id", "Organisation:russia"))
                .body("data.node.meetings.nodes.id", contains("Meeting:2024-05-13-moscow-libya-russia"))
                .body("data.node.militaryPresences.nodes.id", containsInAnyOrder("MilitaryPresence:russia-reinforcements-libya-2023-08",
                        "MilitaryPresence:wagner-al-jufra-2019", "MilitaryPresence:wagner-al-kharruba-2019"));
    }

    @Test
    void aCountryCodeFromGeneralKnowledgeIsMarkedAsBackground() {
        GraphQL.post("""
                query Org($id: ID!) { node(id: $id) { ... on Organisation { country backgroundFields } } }""",
                Map.of("id", "Organisation:wagner-group"))
                .body("data.node.country", equalTo("RU"))
                .body("data.node.backgroundFields", hasItem("country"));
    }
}
