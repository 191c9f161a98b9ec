package org.majlis.place;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlaceGraphQLTest {

    static final String LIST = """
            query Places($filter: PlaceFilter) { places(filter: $filter) { nodes { id } totalCount } }""";

    @Test
    void placesAreFilteredByKindAndCountry() {
        GraphQL.post(LIST, Map.of("filter", Map.of("kind", "MILITARY_BASE")))
                .body("data.places.nodes.id", contains("Place:al-jufra-air-base", "Place:al-kharruba-air-base"));
        GraphQL.post(LIST, Map.of("filter", Map.of("country", "RU")))
                .body("data.places.nodes.id", contains("Place:moscow"));
        GraphQL.post(LIST, Map.of()).body("data.places.totalCount", equalTo(5));
    }

    @Test
    void aPlaceWithoutKnownCoordinatesSaysSoWithNulls() {
        GraphQL.post("""
                query Place($id: ID!) { node(id: $id) { ... on Place { latitude longitude name(lang: "ar") } } }""",
                Map.of("id", "Place:al-kharruba-air-base"))
                .body("data.node.latitude", nullValue())
                .body("data.node.longitude", nullValue())
                .body("data.node.name", equalTo("قاعدة الخروبة"));
    }

    @Test
    void aPlaceHasTheMeetingsHeldThereAndThePresencesStationedThere() {
        GraphQL.post("""
                query Place($id: ID!) { node(id: $id) { ... on Place { meetings { nodes { id } } militaryPresences { nodes { id } } } } }""",
                Map.of("id", "Place:benghazi"))
                .body("data.node.meetings.nodes.id", contains("Meeting:2023-08-benghazi-yevkurov-haftar"));
        GraphQL.post("""
                query Place($id: ID!) { node(id: $id) { ... on Place { militaryPresences { nodes { id } } } } }""",
                Map.of("id", "Place:al-jufra-air-base"))
                .body("data.node.militaryPresences.nodes.id", contains("MilitaryPresence:wagner-al-jufra-2019"));
    }
}
