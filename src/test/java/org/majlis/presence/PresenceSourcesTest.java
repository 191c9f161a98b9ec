package org.majlis.presence;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.majlis.auth.Tokens;
import org.majlis.auth.WritableStore;
import org.majlis.document.AddedDocuments;
import org.majlis.graphql.GraphQL;
import org.majlis.graphql.RealisticOperationsTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * A further report of a military presence (issue 24): its own start and status beside the first report's, the
 * disagreement in GraphQL and in the GeoJSON feature that carries the presence.
 */
@QuarkusTest
@TestProfile(WritableStore.class)
class PresenceSourcesTest {

    static final String SECOND = "Libyan sources said Russian African Corps troops had been at al-Jufra since last December.";

    @Test
    void aSecondReportOfAPresenceDisagreesOnItsStartAndStatus() {
        Map<String, Object> first = MilitaryPresenceMutationsTest.presence(AddedDocuments.withText(MilitaryPresenceMutationsTest.TEXT));
        String presence = "MilitaryPresence:" + first.get("slug");
        MilitaryPresenceMutationsTest.add(first).body("data.addMilitaryPresence.userErrors", empty());
        String second = AddedDocuments.withText(SECOND, "en", "2024-05-20");
        Map<String, Object> input = new HashMap<>();
        input.put("id", presence);
        input.put("version", 1);
        input.put("document", second);
        input.put("quotes", List.of(Map.of("text", "Russian African Corps troops had been at al-Jufra since last December")));
        input.put("date", Map.of("iso", "2023-12", "text", "last December"));
        input.put("status", "ALLEGED");
        GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write("AddMilitaryPresenceSource"), Map.of("input", input))
                .body("data.addMilitaryPresenceSource.userErrors", empty())
                .body("data.addMilitaryPresenceSource.militaryPresence.sourceCount", equalTo(2))
                .body("data.addMilitaryPresenceSource.militaryPresence.disagreements.about", contains("DATE", "STATUS"))
                .body("data.addMilitaryPresenceSource.militaryPresence.disagreements[0].values.date.iso",
                        contains("2024-01", "2023-12"));
        String geojson = RestAssured.get("/exports/military-presences.geojson").then().statusCode(200).extract().asString();
        JsonObject properties = Json.createReader(new StringReader(geojson)).readObject().getJsonArray("features").stream()
                .map(f -> f.asJsonObject()).filter(f -> f.getString("id").equals(presence)).findFirst().orElseThrow()
                .getJsonObject("properties");
        assertEquals(2, properties.getInt("sourceCount"));
        JsonObject status = properties.getJsonArray("disagreements").getJsonObject(1);
        assertEquals("STATUS", status.getString("about"));
        assertEquals(List.of("REPORTED", "ALLEGED"), status.getJsonArray("values").stream()
                .map(v -> v.asJsonObject().getString("value")).toList());
        assertEquals(List.of(second), status.getJsonArray("values").getJsonObject(1).getJsonArray("documents").stream()
                .map(d -> ((JsonString) d).getString()).toList());
    }

    @Test
    void aPresenceAddedFromASecondReportIsMergedIntoTheKnownOne() {
        Map<String, Object> first = MilitaryPresenceMutationsTest.presence(AddedDocuments.withText(MilitaryPresenceMutationsTest.TEXT));
        MilitaryPresenceMutationsTest.add(first).body("data.addMilitaryPresence.userErrors", empty());
        Map<String, Object> again = MilitaryPresenceMutationsTest.presence(AddedDocuments.withText(SECOND, "en", "2024-05-20"));
        again.put("supports", List.of("Actor:khalifa-haftar", "Organisation:russia"));
        again.put("start", Map.of("iso", "2023-12", "text", "last December"));
        again.put("quotes", List.of(Map.of("text", "Russian African Corps troops had been at al-Jufra")));
        MilitaryPresenceMutationsTest.add(again).body("data.addMilitaryPresence.userErrors", empty());
        String into = "MilitaryPresence:" + first.get("slug");
        String from = "MilitaryPresence:" + again.get("slug");
        GraphQL.postAs(Tokens.curator("cleo"), RealisticOperationsTest.write("MergeMilitaryPresences"), Map.of("input",
                Map.of("from", from, "fromVersion", 1, "into", into, "intoVersion", 1, "reason", "One deployment.")))
                .body("data.mergeMilitaryPresences.userErrors", empty())
                .body("data.mergeMilitaryPresences.militaryPresence.sourceCount", equalTo(2));
        GraphQL.post("query N($id: ID!) { node(id: $id) { id ... on MilitaryPresence { supports { ... on Named { id } } "
                + "disagreements { about } } } }", Map.of("id", from))
                .body("data.node.id", equalTo(into))
                .body("data.node.supports.id", contains("Actor:khalifa-haftar", "Organisation:russia"))
                .body("data.node.disagreements.about", contains("DATE"));
    }
}
