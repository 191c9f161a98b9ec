package org.majlis.meeting;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class MeetingGraphQLIT extends MeetingGraphQLTest {
}
