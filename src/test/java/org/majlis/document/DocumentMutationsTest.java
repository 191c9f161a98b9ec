package org.majlis.document;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
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

/** An analyst adds and edits documents through GraphQL, as a frontend does; anyone reads what they wrote. */
@QuarkusTest
@TestProfile(WritableStore.class)
class DocumentMutationsTest {

    static final String CREATE = RealisticOperationsTest.write("CreateDocument");

    static final String EDIT = RealisticOperationsTest.write("EditDocument");

    static final String READ = """
            query Read($id: ID!) {
              node(id: $id) { ... on Document { id version title text
                history { nodes { kind version author origin before after } } } }
            }""";

    /** Arabic, with a name of the fixture's (عبد الله اللافي) behind a clitic. */
    static final String TEXT = "التقى وزير الخارجية بعبد الله اللافي في طرابلس اليوم.";

    static Map<String, Object> newDocument(String slug) {
        Map<String, Object> input = new HashMap<>();
        input.put("slug", slug);
        input.put("title", "A meeting in Tripoli");
        input.put("publisher", "Example News");
        input.put("publisherOrganisation", "Organisation:al-araby-al-jadeed");
        input.put("publishedOn", "2024-05-14");
        input.put("language", "ar");
        input.put("url", "https://example.org/news/1");
        input.put("text", TEXT);
        return input;
    }

    static ValidatableResponse create(String writer, String slug) {
        return GraphQL.postAs(Tokens.analyst(writer), CREATE, Map.of("input", newDocument(slug)));
    }

    static ValidatableResponse edit(String writer, String slug, int version, String field, String value) {
        return GraphQL.postAs(Tokens.analyst(writer), EDIT, Map.of("input", Map.of("id", "Document:" + slug,
                "version", version, field, value)));
    }

    static String slug() {
        return "test-" + UUID.randomUUID();
    }

    @Test
    void anAnalystAddsADocumentThatAnyoneThenReadsVerbatim() {
        String slug = slug();
        create("ana", slug)
                .body("errors", nullValue())
                .body("data.createDocument.userErrors", empty())
                .body("data.createDocument.document.id", equalTo("Document:" + slug))
                .body("data.createDocument.document.version", equalTo(1))
                .body("data.createDocument.document.publishedBy.id", equalTo("Organisation:al-araby-al-jadeed"));
        GraphQL.post(READ, Map.of("id", "Document:" + slug))
                .body("errors", nullValue())
                .body("data.node.text", equalTo(TEXT))
                .body("data.node.title", equalTo("A meeting in Tripoli"));
    }

    @Test
    void theHistorySaysWhoAddedADocumentAndWhatItWas() {
        String slug = slug();
        create("ana", slug);
        GraphQL.post(READ, Map.of("id", "Document:" + slug))
                .body("data.node.history.nodes.kind", contains("CREATED"))
                .body("data.node.history.nodes[0].author", equalTo("ana"))
                .body("data.node.history.nodes[0].origin", equalTo("ANALYST"))
                .body("data.node.history.nodes[0].version", equalTo(1))
                .body("data.node.history.nodes[0].before", nullValue())
                .body("data.node.history.nodes[0].after", startsWith("{\"title\":\"A meeting in Tripoli\""));
    }

    @Test
    void aNewDocumentIsInTheListsAndItsNamesAreMentionsAtOnce() {
        String slug = slug();
        create("ana", slug);
        GraphQL.post("""
                query { node(id: "Actor:abdullah-al-lafi") { ... on Actor { mentions(first: 100) { nodes { document { id } quote } } } } }""")
                .body("data.node.mentions.nodes.document.id", hasItem("Document:" + slug))
                .body("data.node.mentions.nodes.quote", hasItem("عبد الله اللافي"));
    }

    @Test
    void aCachedAnswerIsNotServedAfterAChange() {
        String count = "query Count { documents { totalCount } }";
        int before = GraphQL.post(count).extract().path("data.documents.totalCount");
        GraphQL.post(count).body("data.documents.totalCount", equalTo(before)); // answered from the cache now
        create("ana", slug());
        GraphQL.post(count).body("data.documents.totalCount", equalTo(before + 1));
    }

    @Test
    void aBadInputIsAnsweredFieldByFieldAndWritesNothing() {
        String slug = slug();
        Map<String, Object> input = newDocument(slug);
        input.put("language", "Arabic");
        input.put("url", "javascript:alert(1)");
        input.put("title", " ");
        input.put("publisherOrganisation", "Organisation:no-such-body");
        GraphQL.postAs(Tokens.analyst("ana"), CREATE, Map.of("input", input))
                .body("errors", nullValue())
                .body("data.createDocument.document", nullValue())
                .body("data.createDocument.userErrors.field", contains(
                        java.util.List.of("input", "title"), java.util.List.of("input", "language"),
                        java.util.List.of("input", "url"), java.util.List.of("input", "publisherOrganisation")))
                .body("data.createDocument.userErrors.code", contains("INVALID", "INVALID", "INVALID", "NOT_FOUND"))
                .body("data.createDocument.userErrors[1].message", equalTo(
                        "The language must be a BCP 47 language tag such as ar or en."));
        GraphQL.post(READ, Map.of("id", "Document:" + slug)).body("data.node", nullValue());
    }

    @Test
    void aTextOverTheLimitIsRefusedOnItsField() {
        Map<String, Object> input = newDocument(slug());
        input.put("text", "ا".repeat(DocumentRules.TEXT_CHARACTERS + 1));
        GraphQL.postAs(Tokens.analyst("ana"), CREATE, Map.of("input", input))
                .body("data.createDocument.userErrors.code", contains("TOO_LONG"))
                .body("data.createDocument.userErrors[0].field", contains("input", "text"));
    }

    @Test
    void aSlugTakenIsRefusedAndTheFirstDocumentStays() {
        String slug = slug();
        create("ana", slug);
        Map<String, Object> again = newDocument(slug);
        again.put("title", "Another");
        GraphQL.postAs(Tokens.analyst("bob"), CREATE, Map.of("input", again))
                .body("data.createDocument.userErrors.code", contains("TAKEN"))
                .body("data.createDocument.userErrors[0].field", contains("input", "slug"));
        GraphQL.post(READ, Map.of("id", "Document:" + slug)).body("data.node.title", equalTo("A meeting in Tripoli"))
                .body("data.node.version", equalTo(1));
    }

    /** Sent without a slug, a document is named by its date and text; the same text that day again is the same one. */
    @Test
    void aDocumentWithoutASlugIsNamedByItsDateAndTextAndIsNotAddedTwice() throws Exception {
        Map<String, Object> input = newDocument(null);
        input.remove("slug");
        String text = TEXT + " " + UUID.randomUUID();
        input.put("text", text);
        String id = "Document:2024-05-14-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        GraphQL.postAs(Tokens.analyst("ana"), CREATE, Map.of("input", input))
                .body("data.createDocument.document.id", equalTo(id));
        input.put("publisher", "Another Outlet");
        GraphQL.postAs(Tokens.analyst("bob"), CREATE, Map.of("input", input))
                .body("data.createDocument.userErrors.code", contains("TAKEN"))
                .body("data.createDocument.userErrors[0].field", contains("input", "text"))
                .body("data.createDocument.userErrors[0].message", containsString(id));
        GraphQL.post(READ, Map.of("id", id)).body("data.node.version", equalTo(1));
    }

    @Test
    void anEditNamesTheVersionItChangesAndCountsOne() {
        String slug = slug();
        create("ana", slug);
        edit("bob", slug, 1, "title", "Talks in Tripoli")
                .body("data.editDocument.userErrors", empty())
                .body("data.editDocument.document.version", equalTo(2))
                .body("data.editDocument.document.title", equalTo("Talks in Tripoli"));
        GraphQL.post(READ, Map.of("id", "Document:" + slug))
                .body("data.node.history.nodes.kind", contains("CREATED", "EDITED"))
                .body("data.node.history.nodes[1].author", equalTo("bob"))
                .body("data.node.history.nodes[1].before", startsWith("{\"title\":\"A meeting in Tripoli\""))
                .body("data.node.history.nodes[1].after", startsWith("{\"title\":\"Talks in Tripoli\""));
    }

    /** Two curators read version 1 and edit it: the first wins, the second is told and shown what won. */
    @Test
    void aStaleEditGetsAConflictWithTheCurrentDocument() {
        String slug = slug();
        create("ana", slug);
        edit("ana", slug, 1, "title", "Ana's title")
                .body("data.editDocument.userErrors", empty());
        edit("bob", slug, 1, "title", "Bob's title")
                .body("data.editDocument.userErrors.code", contains("CONFLICT"))
                .body("data.editDocument.userErrors[0].field", contains("input", "version"))
                .body("data.editDocument.document.title", equalTo("Ana's title"))
                .body("data.editDocument.document.version", equalTo(2));
        GraphQL.post(READ, Map.of("id", "Document:" + slug)).body("data.node.title", equalTo("Ana's title"))
                .body("data.node.history.nodes.kind", contains("CREATED", "EDITED"));
    }

    @Test
    void anEditOfNoDocumentIsNotFound() {
        edit("ana", slug(), 1, "title", "x")
                .body("data.editDocument.userErrors.code", contains("NOT_FOUND"));
        GraphQL.postAs(Tokens.analyst("ana"), EDIT, Map.of("input", Map.of("id", "Actor:abdullah-al-lafi", "version", 1,
                "title", "x")))
                .body("data.editDocument.userErrors.code", contains("INVALID"))
                .body("data.editDocument.userErrors[0].field", contains("input", "id"));
    }

    @Test
    void theChangesFeedPagesInCommitOrder() {
        String first = slug();
        String second = slug();
        create("ana", first);
        String cursor = GraphQL.post("query { changes(first: 100) { pageInfo { endCursor } } }")
                .extract().path("data.changes.pageInfo.endCursor");
        create("ana", second);
        edit("bob", first, 1, "url", "https://example.org/news/1-corrected");
        GraphQL.post("""
                query Since($after: String) { changes(after: $after) { nodes { nodeId kind version author } pageInfo { hasNextPage } } }""",
                Map.of("after", cursor))
                .body("data.changes.nodes.nodeId", contains("Document:" + second, "Document:" + first))
                .body("data.changes.nodes.kind", contains("CREATED", "EDITED"))
                .body("data.changes.nodes.version", contains(1, 2))
                .body("data.changes.nodes.author", contains("ana", "bob"))
                .body("data.changes.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void aChangeHasAnIdAndATime() {
        create("ana", slug());
        GraphQL.post("query { changes(first: 1) { nodes { id madeAt authorSubject } } }")
                .body("data.changes.nodes[0].id", startsWith("Change:"))
                .body("data.changes.nodes[0].madeAt", notNullValue())
                .body("data.changes.nodes[0].authorSubject", notNullValue());
    }
}
