package org.majlis.health;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ReadinessIT extends ReadinessTest {
}
