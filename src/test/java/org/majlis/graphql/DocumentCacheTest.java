package org.majlis.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * SmallRye's document cache still spares a document sent again its parsing and validation, now that its
 * instrumentation is chained with Majlis's (it fills the cache from there). Without it every request was parsed
 * twice and validated again (docs/benchmarks.md). The answer cache is off, so that each request runs.
 */
@QuarkusTest
@TestProfile(AnswerCacheOff.class)
class DocumentCacheTest {

    @Test
    void aDocumentSentAgainWithOtherVariablesIsNotValidatedAgain() {
        String query = "query Cached" + System.nanoTime() + "($first: Int) { actors(first: $first) { nodes { name } } }";
        send(query, 1);
        send(query, 2);
        long before = DocumentLimits.VALIDATED.sum();
        send(query, 3);
        assertEquals(before, DocumentLimits.VALIDATED.sum(), "the document was validated again");
    }

    @Test
    void anInvalidDocumentIsValidatedEveryTime() {
        String query = "query Invalid" + System.nanoTime() + " { nonsense }";
        long before = DocumentLimits.VALIDATED.sum();
        GraphQL.post(query).body("errors[0].extensions.code", Matchers.equalTo("GRAPHQL_VALIDATION_FAILED"));
        GraphQL.post(query).body("errors[0].extensions.code", Matchers.equalTo("GRAPHQL_VALIDATION_FAILED"));
        assertEquals(before + 2, DocumentLimits.VALIDATED.sum());
    }

    private static void send(String query, int first) {
        GraphQL.post(query, Map.of("first", first)).body("errors", Matchers.nullValue());
    }
}
