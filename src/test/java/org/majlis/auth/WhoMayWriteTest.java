package org.majlis.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Reading is anonymous; writing needs a signed token of this service's, naming its audience, with a writer's role.
 * Every refusal is a coded error, and writes nothing.
 */
@QuarkusTest
@TestProfile(WritableStore.class)
class WhoMayWriteTest {

    static final String CREATE = """
            mutation Create($slug: String!) {
              createDocument(input: { slug: $slug, title: "T", publisher: "P", publishedOn: "2024-05-14", language: "en",
                                      text: "Lavrov met al-Lafi." }) {
                document { id }
                userErrors { code }
              }
            }""";

    static final String READ = "query Read($id: ID!) { node(id: $id) { id } }";

    /** Without a token, or with one that lacks a role: the field's error, as for any other field. */
    private static void refused(String token, String code, String message) {
        String slug = "auth-" + UUID.randomUUID();
        (token == null ? GraphQL.post(CREATE, Map.of("slug", slug)) : GraphQL.postAs(token, CREATE, Map.of("slug", slug)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", startsWith(message))
                .body("errors[0].path[0]", equalTo("createDocument"));
        GraphQL.post(READ, Map.of("id", "Document:" + slug)).body("data.node", nullValue());
    }

    /** A token that fails its checks: 401 with RFC 6750's challenge, and the coded error in the body. */
    static void tokenRefused(String token) {
        String slug = "auth-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(Map.of("query", CREATE, "variables", Map.of("slug", slug)))
                .when().post("/graphql")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", equalTo(Writers.TOKEN_REFUSED));
        GraphQL.post(READ, Map.of("id", "Document:" + slug)).body("data.node", nullValue());
    }

    @Test
    void aWriterWithTheAnalystRoleWrites() {
        GraphQL.postAs(Tokens.analyst("ana"), CREATE, Map.of("slug", "auth-" + UUID.randomUUID()))
                .body("errors", nullValue())
                .body("data.createDocument.document.id", startsWith("Document:auth-"));
    }

    @Test
    void aCuratorWritesToo() {
        GraphQL.postAs(Tokens.curator("cora"), CREATE, Map.of("slug", "auth-" + UUID.randomUUID()))
                .body("errors", nullValue());
    }

    @Test
    void withoutATokenAMutationIsUnauthenticated() {
        refused(null, "UNAUTHENTICATED", "Changing the graph needs a bearer token");
    }

    @Test
    void aTokenWithoutAWritersRoleIsForbidden() {
        refused(Tokens.of("rea"), "FORBIDDEN", "This change needs the role analyst or curator, which rea does not have.");
    }

    @Test
    void aForgedTokenIsRefused() {
        tokenRefused(Tokens.forged("mallory"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        tokenRefused(Tokens.expired("ana"));
    }

    @Test
    void aTokenForAnotherApplicationIsRefused() {
        tokenRefused(Tokens.forAnotherAudience("ana"));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        tokenRefused(Tokens.unsigned("mallory"));
    }

    @Test
    void garbageForATokenIsRefused() {
        tokenRefused("not-a-token");
    }

    /** A reader's stale or broken token does not stop its queries: reading never looks at it. */
    @Test
    void aQueryWithARefusedTokenIsStillAnswered() {
        GraphQL.postAs(Tokens.forged("mallory"), "query { documents { totalCount } }", Map.of())
                .body("errors", nullValue())
                .body("data.documents.totalCount", equalTo(GraphQL.post("query { documents { totalCount } }")
                        .extract().path("data.documents.totalCount")));
    }
}
