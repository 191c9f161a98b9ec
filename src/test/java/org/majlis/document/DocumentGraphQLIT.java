package org.majlis.document;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class DocumentGraphQLIT extends DocumentGraphQLTest {
}
