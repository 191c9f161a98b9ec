package org.majlis.place;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.majlis.auth.Tokens;
import org.majlis.auth.WritableStore;
import org.majlis.graphql.GraphQL;
import org.majlis.graphql.RealisticOperationsTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** An analyst adds a place new to the graph and corrects it, by the seeds' rules. */
@QuarkusTest
@TestProfile(WritableStore.class)
class PlaceMutationsTest {

    static final String ADD = RealisticOperationsTest.write("AddPlace");
    static final String EDIT = RealisticOperationsTest.write("EditPlace");

    static Map<String, Object> place(String slug) {
        Map<String, Object> input = new HashMap<>();
        input.put("slug", slug);
        input.put("kind", "CITY");
        input.put("country", "LY");
        input.put("latitude", 31.2089);
        input.put("longitude", 16.5887);
        input.put("names", List.of(Map.of("lang", "en", "text", "Sirte"), Map.of("lang", "ar", "text", "سرت")));
        input.put("background", List.of("latitude", "longitude"));
        return input;
    }

    static ValidatableResponse add(Map<String, Object> input) {
        return GraphQL.postAs(Tokens.analyst("ana"), ADD, Map.of("input", input));
    }

    @Test
    void anAddedPlaceIsOnTheMapList() {
        String slug = "sirte-" + UUID.randomUUID();
        add(place(slug))
                .body("errors", nullValue())
                .body("data.addPlace.userErrors", empty())
                .body("data.addPlace.place.latitude", equalTo(31.2089f))
                .body("data.addPlace.place.backgroundFields", contains("latitude", "longitude"));
        GraphQL.post("query { places(filter: { country: \"LY\" }, first: 100) { nodes { id } } }")
                .body("data.places.nodes.id", hasItem("Place:" + slug));
    }

    @Test
    void coordinatesComeTogetherAndWithinRange() {
        Map<String, Object> input = place("bad-" + UUID.randomUUID());
        input.remove("longitude");
        input.put("latitude", 91.0);
        add(input)
                .body("data.addPlace.userErrors.field", contains(List.of("input", "longitude"), List.of("input", "latitude")))
                .body("data.addPlace.userErrors.message", contains("Give both latitude and longitude, or neither.",
                        "The latitude must lie between -90 and 90."));
    }

    @Test
    void anEditAtTheVersionReadCountsOneAndAStaleOneIsAConflict() {
        String id = add(place("sirte-" + UUID.randomUUID())).body("data.addPlace.userErrors", empty())
                .extract().path("data.addPlace.place.id");
        Map<String, Object> edit = Map.of("id", id, "version", 1, "aliases", List.of(Map.of("lang", "en", "text", "Surt")));
        GraphQL.postAs(Tokens.analyst("bob"), EDIT, Map.of("input", edit))
                .body("data.editPlace.place.version", equalTo(2))
                .body("data.editPlace.place.aliases.text", contains("Surt"));
        GraphQL.postAs(Tokens.analyst("cy"), EDIT, Map.of("input", edit))
                .body("data.editPlace.userErrors.code", contains("CONFLICT"));
    }
}
