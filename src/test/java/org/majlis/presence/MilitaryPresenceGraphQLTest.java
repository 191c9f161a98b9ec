package org.majlis.presence;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MilitaryPresenceGraphQLTest {

    static final String JUFRA = "MilitaryPresence:wagner-al-jufra-2019";
    static final String KHARRUBA = "MilitaryPresence:wagner-al-kharruba-2019";
    static final String REINFORCEMENTS = "MilitaryPresence:russia-reinforcements-libya-2023-08";

    static final String LIST = """
            query Presences($filter: MilitaryPresenceFilter) {
              militaryPresences(filter: $filter) { nodes { id } totalCount }
            }""";

    @Test
    void everyPresenceTheArticleReportsIsListed() {
        GraphQL.post(LIST, Map.of())
                .body("data.militaryPresences.nodes.id", contains(REINFORCEMENTS, JUFRA, KHARRUBA))
                .body("data.militaryPresences.totalCount", equalTo(3));
    }

    @Test
    void wagnersPresenceSaysWhereSinceWhenAndBackingWhom() {
        GraphQL.post("""
                query Presence($id: ID!) {
                  node(id: $id) {
                    ... on MilitaryPresence {
                      force { id } sponsor { id } hostCountry kind status place { id }
                      supports { __typename ... on Actor { id } ... on Organisation { id } }
                      start { iso precision earliest latest text } end { iso }
                      evidence { quote start end }
                    }
                  }
                }""", Map.of("id", JUFRA))
                .body("errors", nullValue())
                .body("data.node.force.id", equalTo("Organisation:wagner-group"))
                .body("data.node.sponsor.id", equalTo("Organisation:russia"))
                .body("data.node.hostCountry", equalTo("LY"))
                .body("data.node.kind", equalTo("MERCENARIES"))
                .body("data.node.place.id", equalTo("Place:al-jufra-air-base"))
                .body("data.node.supports", contains(Map.of("__typename", "Actor", "id", "Actor:khalifa-haftar")))
                .body("data.node.start", equalTo(Map.of("iso", "2019/2020", "precision", "YEAR", "earliest", "2019-01-01",
                        "latest", "2020-12-31", "text", "عامي 2019 و2020")))
                .body("data.node.end", nullValue())
                .body("data.node.evidence", not(empty()));
    }

    @Test
    void presencesAreFilteredByForceSponsorAndSupportedParty() {
        GraphQL.post(LIST, Map.of("filter", Map.of("force", "Organisation:wagner-group")))
                .body("data.militaryPresences.nodes.id", contains(JUFRA, KHARRUBA));
        GraphQL.post(LIST, Map.of("filter", Map.of("sponsor", "Organisation:russia")))
                .body("data.militaryPresences.nodes.id", contains(REINFORCEMENTS, JUFRA, KHARRUBA));
        GraphQL.post(LIST, Map.of("filter", Map.of("supports", "Actor:khalifa-haftar")))
                .body("data.militaryPresences.nodes.id", contains(JUFRA, KHARRUBA));
    }

    @Test
    void presencesAreFilteredByPlaceCountryAndStatus() {
        GraphQL.post(LIST, Map.of("filter", Map.of("place", "Place:al-kharruba-air-base")))
                .body("data.militaryPresences.nodes.id", contains(KHARRUBA));
        GraphQL.post(LIST, Map.of("filter", Map.of("hostCountry", "ly")))
                .body("data.militaryPresences.totalCount", equalTo(3));
        GraphQL.post(LIST, Map.of("filter", Map.of("status", "ALLEGED")))
                .body("data.militaryPresences.nodes.id", contains(REINFORCEMENTS));
    }

    @Test
    void aDateRangeMatchesByOverlapWithAnOpenEnd() {
        GraphQL.post(LIST, Map.of("filter", Map.of("to", "2018-12-31")))
                .body("data.militaryPresences.nodes", empty());
        GraphQL.post(LIST, Map.of("filter", Map.of("from", "2020-06-01", "to", "2020-06-30")))
                .body("data.militaryPresences.nodes.id", contains(JUFRA, KHARRUBA));
        GraphQL.post(LIST, Map.of("filter", Map.of("from", "2023-08-15", "to", "2023-08-15")))
                .body("data.militaryPresences.nodes.id", contains(REINFORCEMENTS, JUFRA, KHARRUBA));
    }

    @Test
    void everyPresenceHasEvidence() {
        GraphQL.post("{ militaryPresences { nodes { evidence { quote } } } }")
                .body("data.militaryPresences.nodes.evidence", everyItem(not(empty())));
    }
}
