package org.majlis.relationship;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class RelationshipGraphQLIT extends RelationshipGraphQLTest {
}
