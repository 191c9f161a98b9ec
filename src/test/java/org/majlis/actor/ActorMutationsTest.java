package org.majlis.actor;

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

/** An analyst adds a person new to the graph and corrects their names; search and mentions follow at once. */
@QuarkusTest
@TestProfile(WritableStore.class)
class ActorMutationsTest {

    static final String ADD = RealisticOperationsTest.write("AddActor");
    static final String EDIT = RealisticOperationsTest.write("EditActor");

    static Map<String, Object> label(String lang, String text) {
        return Map.of("lang", lang, "text", text);
    }

    /** A person of a name no other test uses: the tests of this class share one database. */
    static Map<String, Object> person(String english, String arabic) {
        Map<String, Object> input = new HashMap<>();
        input.put("names", List.of(label("en", english), label("ar", arabic)));
        return input;
    }

    static ValidatableResponse add(Map<String, Object> input) {
        return GraphQL.postAs(Tokens.analyst("ana"), ADD, Map.of("input", input));
    }

    @Test
    void anAddedActorIsFoundBySearchInEitherScriptAndMentionedInTheDocumentsThatNameThem() {
        String document = "actor-test-" + UUID.randomUUID();
        Map<String, Object> text = new HashMap<>(Map.of("slug", document, "title", "Al-Menfi in Rome", "publisher",
                "Example News", "publishedOn", "2024-05-14", "language", "ar", "text",
                "وصل رئيس المجلس الرئاسي محمد المنفي إلى روما اليوم."));
        GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write("CreateDocument"), Map.of("input", text))
                .body("data.createDocument.userErrors", empty());
        add(person("Mohamed al-Menfi", "محمد المنفي"))
                .body("errors", nullValue())
                .body("data.addActor.userErrors", empty())
                .body("data.addActor.actor.id", equalTo("Actor:mohamed-al-menfi"))
                .body("data.addActor.actor.version", equalTo(1))
                .body("data.addActor.actor.name", equalTo("Mohamed al-Menfi"));
        GraphQL.post("query Find($text: String!) { search(text: $text, kinds: [ACTOR]) { node { id } } }",
                Map.of("text", "المنفي"))
                .body("data.search.node.id", hasItem("Actor:mohamed-al-menfi"));
        GraphQL.post("""
                query { node(id: "Actor:mohamed-al-menfi") { ... on Actor { mentions(first: 100) { nodes { document { id } quote } } } } }""")
                .body("data.node.mentions.nodes.document.id", hasItem("Document:" + document))
                .body("data.node.mentions.nodes.quote", hasItem("محمد المنفي"));
    }

    @Test
    void aSlugTakenIsRefusedAndTheFirstActorStays() {
        add(person("Aguila Saleh", "عقيلة صالح")).body("data.addActor.userErrors", empty());
        add(person("Aguila Saleh", "عقيلة صالح عيسى"))
                .body("data.addActor.userErrors.code", contains("TAKEN"))
                .body("data.addActor.userErrors[0].field", contains("input", "slug"));
        GraphQL.post("query { node(id: \"Actor:aguila-saleh\") { ... on Actor { name(lang: \"ar\") } } }")
                .body("data.node.name", equalTo("عقيلة صالح"));
    }

    @Test
    void namesFollowTheSeedRules() {
        Map<String, Object> input = new HashMap<>();
        input.put("slug", "rules-" + UUID.randomUUID());
        input.put("names", List.of(label("ar", "فتحي باشاغا"), label("ar", "فتحي باشآغا"), label("Arabic", "x")));
        input.put("aliases", List.of(label("ar", "فتحي باشاغا")));
        add(input)
                .body("data.addActor.actor", nullValue())
                .body("data.addActor.userErrors.field", contains(List.of("input", "names", "2", "lang"),
                        List.of("input", "names", "1"), List.of("input", "names"), List.of("input", "aliases", "0")))
                .body("data.addActor.userErrors.code", contains("INVALID", "INVALID", "INVALID", "INVALID"))
                .body("data.addActor.userErrors[1].message", containsString("put other spellings under aliases"))
                .body("data.addActor.userErrors[2].message", equalTo("Needs a name in English (lang: en)."))
                .body("data.addActor.userErrors[3].message", containsString("is listed twice"));
        GraphQL.post("query Read($id: ID!) { node(id: $id) { id } }", Map.of("id", "Actor:" + input.get("slug")))
                .body("data.node", nullValue());
    }

    @Test
    void anEditReplacesTheAliasesAtTheVersionReadAndAStaleOneIsAConflict() {
        add(person("Osama Hammad", "أسامة حماد")).body("data.addActor.userErrors", empty());
        Map<String, Object> edit = Map.of("id", "Actor:osama-hammad", "version", 1,
                "aliases", List.of(label("ar", "حماد")));
        GraphQL.postAs(Tokens.analyst("bob"), EDIT, Map.of("input", edit))
                .body("data.editActor.userErrors", empty())
                .body("data.editActor.actor.version", equalTo(2))
                .body("data.editActor.actor.aliases.text", contains("حماد"))
                .body("data.editActor.actor.history.nodes.kind", contains("CREATED", "EDITED"))
                .body("data.editActor.actor.history.nodes[1].before", containsString("\"aliases\":[]"))
                .body("data.editActor.actor.history.nodes[1].after", containsString("حماد"));
        GraphQL.postAs(Tokens.analyst("cy"), EDIT, Map.of("input", edit))
                .body("data.editActor.userErrors.code", contains("CONFLICT"))
                .body("data.editActor.actor.version", equalTo(2));
        GraphQL.post("query Find($text: String!) { search(text: $text, kinds: [ACTOR]) { node { id } matched } }",
                Map.of("text", "حماد"))
                .body("data.search.node.id", hasItem("Actor:osama-hammad"));
    }
}
