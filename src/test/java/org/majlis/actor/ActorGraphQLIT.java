package org.majlis.actor;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ActorGraphQLIT extends ActorGraphQLTest {
}
