package org.majlis.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Writers log in to Keycloak (the password grant of the realm's command-line client, as curl does in the README) and
 * write with its access tokens; the service checks them against the realm's published keys.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
@EnabledIfEnvironmentVariable(named = KeycloakProfile.ENABLED, matches = "true")
class KeycloakWritersTest {

    static final String HISTORY = """
            query History($id: ID!) { node(id: $id) { ... on Document { history { nodes { kind author authorSubject } } } } }""";

    /** An access token of the realm's user, for the client named. */
    static String login(String client, String user) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", user)
                .when().post(KeycloakProfile.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static String create(String token) {
        String slug = "keycloak-" + UUID.randomUUID();
        GraphQL.postAs(token, WhoMayWriteTest.CREATE, Map.of("slug", slug))
                .body("errors", nullValue())
                .body("data.createDocument.document.id", equalTo("Document:" + slug));
        return slug;
    }

    @Test
    void anAnalystLoggedInToKeycloakWritesAndTheHistoryNamesThem() {
        String slug = create(login("majlis-cli", "analyst"));
        GraphQL.post(HISTORY, Map.of("id", "Document:" + slug))
                .body("data.node.history.nodes.kind", contains("CREATED"))
                .body("data.node.history.nodes[0].author", equalTo("analyst"))
                // Keycloak's subject is the user's id, which stays when they are renamed.
                .body("data.node.history.nodes[0].authorSubject", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aCuratorWrites() {
        create(login("majlis-cli", "curator"));
    }

    @Test
    void aUserWithoutAWritersRoleIsForbidden() {
        GraphQL.postAs(login("majlis-cli", "reader"), WhoMayWriteTest.CREATE, Map.of("slug", "keycloak-reader"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.post(WhoMayWriteTest.READ, Map.of("id", "Document:keycloak-reader")).body("data.node", nullValue());
    }

    /** The same realm and user, through a client whose tokens are not meant for Majlis (no majlis audience). */
    @Test
    void aTokenOfAnotherClientOfTheRealmIsRefused() {
        WhoMayWriteTest.tokenRefused(login("elsewhere", "analyst"));
    }

    /** Where an identity provider is named, the local key signs nothing the service takes. */
    @Test
    void aLocalTokenIsRefusedWhereThereIsAnIdentityProvider() {
        WhoMayWriteTest.tokenRefused(Tokens.analyst("ana"));
    }
}
