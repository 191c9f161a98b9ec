package org.majlis.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class PersistedQueriesIT extends PersistedQueriesTest {
}
