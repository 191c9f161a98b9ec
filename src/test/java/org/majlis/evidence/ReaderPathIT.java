package org.majlis.evidence;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ReaderPathIT extends ReaderPathTest {
}
