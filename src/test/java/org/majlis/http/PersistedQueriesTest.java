package org.majlis.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.majlis.http.Apq.getHashOnly;
import static org.majlis.http.Apq.getWithQuery;
import static org.majlis.http.Apq.post;
import static org.majlis.http.Apq.postHashOnly;
import static org.majlis.http.Apq.postWithQuery;
import static org.majlis.http.Apq.sha256;
import static org.majlis.http.Apq.unique;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Automatic persisted queries, in the sequence Apollo Client and urql follow: the hash alone first, the query with
 * its hash when the service does not know it, then the hash alone again. A persisted query meets every limit of a
 * sent one.
 */
@QuarkusTest
class PersistedQueriesTest {

    private static final String ACTORS = "query Actors($first: Int) { actors(first: $first) { nodes { id name } } }";

    @Test
    void anUnknownHashIsAnsweredAsTheClientsExpect() {
        notFound(getHashOnly(unique(ACTORS), Map.of("first", 2)))
                .header("Cache-Control", "no-store");
    }

    @Test
    void aHashAloneOverGetIsAnsweredOnceTheQueryWasSentWithIt() {
        String query = unique(ACTORS);
        notFound(getHashOnly(query, Map.of("first", 2)));
        postWithQuery(query, Map.of("first", 2)).statusCode(200).body("errors", nullValue())
                .body("data.actors.nodes.id", equalTo(List.of("Actor:abdoulaye-bathily", "Actor:abdullah-al-lafi")));
        getHashOnly(query, Map.of("first", 3)).statusCode(200).body("errors", nullValue())
                .body("data.actors.nodes", hasSize(3));
    }

    @Test
    void aHashAloneOverPostIsAnsweredOnceTheQueryWasSentWithIt() {
        String query = unique(ACTORS);
        notFound(postHashOnly(query, Map.of("first", 1)));
        getWithQuery(query, Map.of("first", 1)).statusCode(200).body("data.actors.nodes", hasSize(1));
        postHashOnly(query, Map.of("first", 2)).statusCode(200).body("errors", nullValue())
                .body("data.actors.nodes", hasSize(2));
    }

    @Test
    void aHashThatIsNotTheQuerysIsRefusedAndRegistersNothing() {
        String query = unique(ACTORS);
        String other = unique(ACTORS);
        refused(post(query, sha256(other), Map.of()), 400, "PERSISTED_QUERY_HASH_MISMATCH")
                .body("errors[0].message", containsString("the SHA-256 of the query's UTF-8 text is " + sha256(query)));
        notFound(postHashOnly(other, Map.of()));
    }

    @Test
    void anotherVersionIsRefusedWithItsCode() {
        refused(Apq.postWithVersion(unique(ACTORS), 2), 400, "PERSISTED_QUERY_VERSION_NOT_SUPPORTED")
                .body("errors[0].message", equalTo("extensions.persistedQuery.version is 2: only version 1 is supported"));
    }

    @Test
    void aHashThatIsNotSha256IsABadRequest() {
        refused(post(null, "abc", Map.of()), 400, "BAD_REQUEST")
                .body("errors[0].message", equalTo("extensions.persistedQuery.sha256Hash must be the SHA-256 hash of the "
                        + "query, 64 hexadecimal digits"));
    }

    @Test
    void aPersistedQueryOverTheCostLimitIsRefusedLikeASentOne() {
        String query = unique(HostileRequestsTest.FANOUT);
        refused(postWithQuery(query, Map.of("first", 100)), 200, "LIMIT_EXCEEDED")
                .body("errors[0].message", containsString("estimated cost"));
        refused(getHashOnly(query, Map.of("first", 100)), 200, "LIMIT_EXCEEDED")
                .body("errors[0].message", containsString("estimated cost"));
        getHashOnly(query, Map.of("first", 1)).statusCode(200).body("errors", nullValue());
        refused(getHashOnly(query, Map.of("first", 100)), 200, "LIMIT_EXCEEDED");
    }

    @Test
    void aQueryOverTheParserLimitsIsRefusedAndNotRemembered() {
        String query = unique("{ " + "__typename ".repeat(2000) + "}");
        refused(postWithQuery(query, Map.of()), 200, "GRAPHQL_PARSE_FAILED");
        notFound(postHashOnly(query, Map.of()));
    }

    private static ValidatableResponse notFound(ValidatableResponse response) {
        return refused(response, 200, "PERSISTED_QUERY_NOT_FOUND").body("errors[0].message", equalTo("PersistedQueryNotFound"));
    }

    private static ValidatableResponse refused(ValidatableResponse response, int status, String code) {
        return response.statusCode(status).body("data", nullValue()).body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo(code));
    }
}
