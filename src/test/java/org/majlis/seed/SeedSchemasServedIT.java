package org.majlis.seed;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SeedSchemasServedIT extends SeedSchemasServedTest {
}
