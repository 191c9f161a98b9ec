package org.majlis.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** The tests' default database is in memory, as the container images': it says it is read-only, token or not. */
@QuarkusTest
class InMemoryStoreTakesNoWritesTest {

    @Test
    void aWriterIsToldTheServiceIsReadOnlyAndNothingIsWritten() {
        GraphQL.postAs(Tokens.curator("cora"), WhoMayWriteTest.CREATE, Map.of("slug", "in-memory"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("READ_ONLY"))
                .body("errors[0].message", startsWith("This service keeps its graph in memory (H2_MEMORY)"));
        GraphQL.post(WhoMayWriteTest.READ, Map.of("id", "Document:in-memory")).body("data.node", nullValue());
    }

    /** Before any token is looked at: no key is made, no identity provider asked. */
    @Test
    void readOnlyComesFirstEvenWithoutAToken() {
        GraphQL.post(WhoMayWriteTest.CREATE, Map.of("slug", "in-memory"))
                .body("errors[0].extensions.code", equalTo("READ_ONLY"));
    }
}
