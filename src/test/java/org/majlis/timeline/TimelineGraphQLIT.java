package org.majlis.timeline;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class TimelineGraphQLIT extends TimelineGraphQLTest {
}
