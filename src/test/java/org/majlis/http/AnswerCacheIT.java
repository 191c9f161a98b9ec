package org.majlis.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class AnswerCacheIT extends AnswerCacheTest {
}
