package org.majlis.export;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** HEAD and conditional requests against the packaged application. */
@QuarkusIntegrationTest
class ExportsOverHttpIT extends ExportsOverHttpTest {
}
