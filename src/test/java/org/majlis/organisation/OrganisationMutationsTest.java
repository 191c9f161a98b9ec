package org.majlis.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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

/** An analyst adds a body new to the graph and corrects it, by the seeds' rules. */
@QuarkusTest
@TestProfile(WritableStore.class)
class OrganisationMutationsTest {

    static final String ADD = RealisticOperationsTest.write("AddOrganisation");
    static final String EDIT = RealisticOperationsTest.write("EditOrganisation");

    static Map<String, Object> body(String slug) {
        Map<String, Object> input = new HashMap<>();
        input.put("slug", slug);
        input.put("kind", "MINISTRY");
        input.put("country", "LY");
        input.put("parent", "Organisation:government-of-national-unity");
        input.put("names", List.of(Map.of("lang", "en", "text", "GNU Ministry of Interior"),
                Map.of("lang", "ar", "text", "وزارة الداخلية بحكومة الوحدة الوطنية")));
        input.put("background", List.of("country"));
        return input;
    }

    static ValidatableResponse add(Map<String, Object> input) {
        return GraphQL.postAs(Tokens.analyst("ana"), ADD, Map.of("input", input));
    }

    @Test
    void anAddedOrganisationIsAMemberOfItsParentAndFoundBySearch() {
        String slug = "interior-" + UUID.randomUUID();
        add(body(slug))
                .body("errors", nullValue())
                .body("data.addOrganisation.userErrors", empty())
                .body("data.addOrganisation.organisation.parent.id", equalTo("Organisation:government-of-national-unity"))
                .body("data.addOrganisation.organisation.backgroundFields", contains("country"));
        GraphQL.post("query Find($text: String!) { search(text: $text, kinds: [ORGANISATION], first: 100) { node { id } } }",
                Map.of("text", "وزارة الداخلية"))
                .body("data.search.node.id", hasItem("Organisation:" + slug));
    }

    @Test
    void countryParentAndBackgroundFollowTheSeedRules() {
        Map<String, Object> input = body("bad-" + UUID.randomUUID());
        input.put("country", "Libya");
        input.put("parent", "Organisation:no-such-body");
        input.put("background", List.of("names"));
        add(input)
                .body("data.addOrganisation.userErrors.field", contains(List.of("input", "country"),
                        List.of("input", "parent"), List.of("input", "background", "0")))
                .body("data.addOrganisation.userErrors.code", contains("INVALID", "NOT_FOUND", "INVALID"))
                .body("data.addOrganisation.userErrors[2].message", containsString("cannot be background"));
    }

    @Test
    void aParentThatLeadsBackIsACycle() {
        String parent = "parent-" + UUID.randomUUID();
        add(body(parent)).body("data.addOrganisation.userErrors", empty());
        Map<String, Object> child = body("child-" + UUID.randomUUID());
        child.put("parent", "Organisation:" + parent);
        add(child).body("data.addOrganisation.userErrors", empty());
        GraphQL.postAs(Tokens.analyst("bob"), EDIT, Map.of("input", Map.of("id", "Organisation:" + parent, "version", 1,
                "parent", "Organisation:" + child.get("slug"))))
                .body("data.editOrganisation.userErrors.code", contains("INVALID"))
                .body("data.editOrganisation.userErrors[0].message", startsWithCycle(parent));
        GraphQL.postAs(Tokens.analyst("bob"), EDIT, Map.of("input", Map.of("id", "Organisation:" + parent, "version", 1,
                "aliases", List.of(Map.of("lang", "ar", "text", "الداخلية")))))
                .body("data.editOrganisation.userErrors", empty())
                .body("data.editOrganisation.organisation.version", equalTo(2))
                .body("data.editOrganisation.organisation.history.nodes.kind", contains("CREATED", "EDITED"));
    }

    private static org.hamcrest.Matcher<String> startsWithCycle(String slug) {
        return containsString("Parent cycle: " + slug + " → ");
    }
}
