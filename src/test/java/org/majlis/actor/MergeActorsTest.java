package org.majlis.actor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

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
 * A curator finds two actors to be one person and merges them: the claims of the one become the other's, its names
 * the other's aliases, and every old id (the actor's, a claim's named after it) answers as the new one.
 */
@QuarkusTest
@TestProfile(WritableStore.class)
class MergeActorsTest {

    static final String MERGE = RealisticOperationsTest.write("MergeActors");

    static final String TEXT = "قال يفغيني بريغوجين إن مقاتلي فاغنر باقون، وأكد يفغيني بريجوجين قائد فاغنر ذلك أمس.";

    /** Two actors of one person, named as the text spells each, under slugs no other test uses. */
    record Twins(String one, String other, String document) {
    }

    static Twins twins() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String one = addActor("prigozhin-" + suffix, "Yevgeny Prigozhin", "يفغيني بريغوجين");
        String other = addActor("prigojine-" + suffix, "Evgueni Prigojine", "يفغيني بريجوجين");
        return new Twins(one, other, AddedDocuments.withText(TEXT));
    }

    static String addActor(String slug, String english, String arabic) {
        return GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write("AddActor"), Map.of("input", Map.of(
                "slug", slug, "names", List.of(Map.of("lang", "en", "text", english), Map.of("lang", "ar", "text", arabic)))))
                .body("data.addActor.userErrors", empty()).extract().path("data.addActor.actor.id");
    }

    static String role(Twins twins, String actor, String quote) {
        return GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write("AddRole"), Map.of("input", Map.of(
                "document", twins.document, "actor", actor, "organisation", "Organisation:wagner-group",
                "title", Map.of("en", "Head of the Wagner Group"), "current", true, "status", "REPORTED",
                "quotes", List.of(Map.of("text", quote)))))
                .body("data.addRole.userErrors", empty()).extract().path("data.addRole.role.id");
    }

    /** A meeting, a relationship and a presence that name the actor, as participant, subject and supported side. */
    static Map<String, String> claimsNaming(Twins twins, String actor) {
        String slug = "merge-" + UUID.randomUUID();
        GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write("AddMeeting"), Map.of("input", Map.of(
                "document", twins.document, "slug", slug, "title", Map.of("en", "A statement"), "kind", "TALKS",
                "status", "REPORTED", "date", Map.of("iso", "2024-05-13", "text", "أمس"),
                "participants", List.of(Map.of("actor", actor, "role", "HOST", "quotes", List.of(Map.of("text", "قائد فاغنر"))),
                        Map.of("actor", "Actor:khalifa-haftar", "role", "VISITOR", "quotes", List.of(Map.of("text", "فاغنر ذلك")))),
                "quotes", List.of(Map.of("text", "وأكد")))))
                .body("data.addMeeting.userErrors", empty());
        GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write("AddRelationship"), Map.of("input", Map.of(
                "document", twins.document, "slug", slug, "kind", "ALLIANCE", "status", "REPORTED", "subject", actor,
                "object", "Organisation:wagner-group", "description", Map.of("en", "He leads Wagner."),
                "quotes", List.of(Map.of("text", "قائد فاغنر")))))
                .body("data.addRelationship.userErrors", empty());
        GraphQL.postAs(Tokens.analyst("ana"), RealisticOperationsTest.write("AddMilitaryPresence"), Map.of("input", Map.of(
                "document", twins.document, "slug", slug, "force", "Organisation:wagner-group", "supports", List.of(actor),
                "hostCountry", "LY", "kind", "MERCENARIES", "status", "REPORTED",
                "quotes", List.of(Map.of("text", "مقاتلي فاغنر باقون")))))
                .body("data.addMilitaryPresence.userErrors", empty());
        return Map.of("meeting", "Meeting:" + slug, "relationship", "Relationship:" + slug, "presence",
                "MilitaryPresence:" + slug, "participation", "Participation:" + slug + "." + actor.substring("Actor:".length()));
    }

    static ValidatableResponse merge(String token, String from, int fromVersion, String into, int intoVersion) {
        return GraphQL.postAs(token, MERGE, Map.of("input", Map.of("from", from, "fromVersion", fromVersion, "into", into,
                "intoVersion", intoVersion, "reason", "Two transliterations of one name.")));
    }

    @Test
    void theMergedActorsClaimsNamesAndIdsAnswerAsTheSurvivors() {
        Twins twins = twins();
        String oldRole = role(twins, twins.other, "يفغيني بريجوجين قائد فاغنر");
        Map<String, String> claims = claimsNaming(twins, twins.other);
        merge(Tokens.curator("cora"), twins.other, 1, twins.one, 1)
                .body("data.mergeActors.userErrors", empty())
                .body("data.mergeActors.actor.id", equalTo(twins.one))
                .body("data.mergeActors.actor.version", equalTo(2))
                .body("data.mergeActors.actor.aliases.text", hasItem("يفغيني بريجوجين"))
                .body("data.mergeActors.actor.aliases.text", hasItem("Evgueni Prigojine"));
        String newRole = oldRole.replace(twins.other.substring("Actor:".length()), twins.one.substring("Actor:".length()));
        GraphQL.post("query Read($a: ID!, $r: ID!) { actor: node(id: $a) { id } role: node(id: $r) { id ... on Role { actor { id } "
                + "evidence { id quote } } } }", Map.of("a", twins.other, "r", oldRole))
                .body("data.actor.id", equalTo(twins.one))
                .body("data.role.id", equalTo(newRole))
                .body("data.role.actor.id", equalTo(twins.one))
                .body("data.role.evidence[0].id", containsString(newRole + "@"))
                .body("data.role.evidence[0].quote", equalTo("يفغيني بريجوجين قائد فاغنر"));
        GraphQL.post("""
                query Claims($m: ID!, $r: ID!, $p: ID!, $old: ID!) {
                  meeting: node(id: $m) { ... on Meeting { participants { id actor { id } evidence { id } } } }
                  relationship: node(id: $r) { ... on Relationship { subject { ... on Actor { id } } } }
                  presence: node(id: $p) { ... on MilitaryPresence { supports { ... on Actor { id } } } }
                  participation: node(id: $old) { id }
                }""", Map.of("m", claims.get("meeting"), "r", claims.get("relationship"), "p", claims.get("presence"),
                "old", claims.get("participation")))
                .body("data.meeting.participants[0].actor.id", equalTo(twins.one))
                .body("data.meeting.participants[0].id", equalTo(claims.get("participation").replace(twins.other.substring(6),
                        twins.one.substring(6))))
                .body("data.meeting.participants[0].evidence[0].id", startsWith("Participation:"
                        + claims.get("participation").substring("Participation:".length()).replace(twins.other.substring(6),
                                twins.one.substring(6)) + "@"))
                .body("data.relationship.subject.id", equalTo(twins.one))
                .body("data.presence.supports[0].id", equalTo(twins.one))
                .body("data.participation.id", equalTo(claims.get("participation").replace(twins.other.substring(6),
                        twins.one.substring(6))));
        GraphQL.post("query Find($text: String!) { search(text: $text, kinds: [ACTOR], first: 100) { node { id } } }",
                Map.of("text", "بريجوجين"))
                .body("data.search.node.id", hasItem(twins.one))
                .body("data.search.node.id", not(hasItem(twins.other)));
        GraphQL.post("query History($id: ID!) { history(id: $id) { nodes { kind author reason after } } }",
                Map.of("id", twins.other))
                .body("data.history.nodes.kind", contains("CREATED", "MERGED"))
                .body("data.history.nodes[1].author", equalTo("cora"))
                .body("data.history.nodes[1].after", containsString("\"into\":\"" + twins.one + "\""))
                .body("data.history.nodes[1].after", containsString(oldRole));
    }

    @Test
    void twoPostsThatWouldBecomeOneRefuseTheMergeAndChangeNothing() {
        Twins twins = twins();
        role(twins, twins.one, "يفغيني بريغوجين");
        String other = role(twins, twins.other, "يفغيني بريجوجين");
        merge(Tokens.curator("cora"), twins.other, 1, twins.one, 1)
                .body("data.mergeActors.userErrors.code", contains("INVALID"))
                .body("data.mergeActors.userErrors[0].message", containsString("are one post in one document"));
        GraphQL.post("query Read($id: ID!) { node(id: $id) { id ... on Role { actor { id } } } }", Map.of("id", other))
                .body("data.node.id", equalTo(other))
                .body("data.node.actor.id", equalTo(twins.other));
    }

    @Test
    void onlyACuratorMergesAndAtTheVersionsRead() {
        Twins twins = twins();
        merge(Tokens.analyst("ana"), twins.other, 1, twins.one, 1)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        merge(Tokens.curator("cora"), twins.other, 1, twins.one, 7)
                .body("data.mergeActors.userErrors.code", contains("CONFLICT"))
                .body("data.mergeActors.userErrors[0].field", contains("input", "intoVersion"));
        merge(Tokens.curator("cora"), twins.one, 1, twins.one, 1)
                .body("data.mergeActors.userErrors.field", contains(List.of("input", "into")));
    }
}
