package org.majlis.actor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ActorGraphQLTest {

    @Test
    void anActorHasItsReportedRoleWithEvidence() {
        GraphQL.post("""
                query Actor($id: ID!) {
                  node(id: $id) {
                    ... on Actor {
                      name
                      roles { nodes { title arabic: title(lang: "ar") acting current status organisation { id }
                              evidence { quote document { id } } } }
                    }
                  }
                }""", Map.of("id", "Actor:taher-al-baour"))
                .body("errors", nullValue())
                .body("data.node.name", equalTo("al-Taher al-Baour"))
                .body("data.node.roles.nodes[0].title", equalTo("acting Minister of Foreign Affairs"))
                .body("data.node.roles.nodes[0].arabic", equalTo("وزير الخارجية المكلف"))
                .body("data.node.roles.nodes[0].acting", equalTo(true))
                .body("data.node.roles.nodes[0].current", equalTo(true))
                .body("data.node.roles.nodes[0].status", equalTo("REPORTED"))
                .body("data.node.roles.nodes[0].organisation.id", equalTo("Organisation:gnu-ministry-of-foreign-affairs"))
                .body("data.node.roles.nodes[0].evidence[0].document.id", equalTo("Document:000_de159ab6a08af78c"));
    }

    @Test
    void aFormerEnvoyIsNotCurrent() {
        GraphQL.post("""
                query Actor($id: ID!) { node(id: $id) { ... on Actor { roles { nodes { current organisation { id } } } } } }""",
                Map.of("id", "Actor:abdoulaye-bathily"))
                .body("data.node.roles.nodes[0].current", equalTo(false))
                .body("data.node.roles.nodes[0].organisation.id", equalTo("Organisation:un-support-mission-in-libya"));
    }

    @Test
    void nameIsGivenInTheAskedLanguageAndFallsBackToEnglish() {
        GraphQL.post("""
                query Names($id: ID!) { node(id: $id) { ... on Actor { ar: name(lang: "ar") ru: name(lang: "ru") } } }""",
                Map.of("id", "Actor:sergei-lavrov"))
                .body("data.node.ar", equalTo("سيرغي لافروف"))
                .body("data.node.ru", equalTo("Sergei Lavrov"));
    }

    @Test
    void theArticlesMisspellingIsTheArabicNameAndTheUsualSpellingABackgroundAlias() {
        GraphQL.post("""
                query Names($id: ID!) {
                  node(id: $id) { ... on Actor { names { lang text background } aliases { lang text background } } }
                }""", Map.of("id", "Actor:yunus-bek-yevkurov"))
                .body("data.node.names.find { it.lang == 'ar' }.text", equalTo("يونس بك يفكورورف"))
                .body("data.node.aliases.find { it.text == 'يونس بك يفكوروف' }.background", equalTo(true));
    }

    @Test
    void actorsAreFoundByPartOfAnyNameInAnyScript() {
        GraphQL.post("""
                query Find($name: String) { actors(filter: { name: $name }) { nodes { id } totalCount } }""",
                Map.of("name", "لافروف"))
                .body("data.actors.nodes.id", contains("Actor:sergei-lavrov"))
                .body("data.actors.totalCount", equalTo(1));
    }

    @Test
    void actorsAreFilteredByTheOrganisationOfTheirRoles() {
        GraphQL.post("""
                query Members($org: ID) { actors(filter: { organisation: $org }) { nodes { id } } }""",
                Map.of("org", "Organisation:presidential-council"))
                .body("data.actors.nodes.id", contains("Actor:abdullah-al-lafi"));
    }

    @Test
    void anActorsMeetingsComeInDateOrder() {
        GraphQL.post("""
                query Meetings($id: ID!) { node(id: $id) { ... on Actor { meetings { nodes { id } } } } }""",
                Map.of("id", "Actor:abdullah-al-lafi"))
                .body("data.node.meetings.nodes.id", contains("Meeting:2024-05-moscow-libya-other-russian-officials",
                        "Meeting:2024-05-13-moscow-libya-russia"));
    }

    @Test
    void haftarsFirstNameIsMarkedAsBackground() {
        GraphQL.post("""
                query Names($id: ID!) { node(id: $id) { ... on Actor { names { lang text background } } } }""",
                Map.of("id", "Actor:khalifa-haftar"))
                .body("data.node.names", hasItem(Map.of("lang", "en", "text", "Khalifa Haftar", "background", true)))
                .body("data.node.names", hasItem(Map.of("lang", "ar", "text", "حفتر", "background", false)));
    }
}
