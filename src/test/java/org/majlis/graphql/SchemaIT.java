package org.majlis.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SchemaIT extends SchemaTest {
}
