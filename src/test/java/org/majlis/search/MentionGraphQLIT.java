package org.majlis.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class MentionGraphQLIT extends MentionGraphQLTest {
}
