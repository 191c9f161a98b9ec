package org.majlis.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class NodeGraphQLIT extends NodeGraphQLTest {
}
