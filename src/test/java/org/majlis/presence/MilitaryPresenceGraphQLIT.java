package org.majlis.presence;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class MilitaryPresenceGraphQLIT extends MilitaryPresenceGraphQLTest {
}
