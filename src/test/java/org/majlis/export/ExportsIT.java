package org.majlis.export;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The export checks against the packaged application. */
@QuarkusIntegrationTest
class ExportsIT extends ExportsTest {
}
