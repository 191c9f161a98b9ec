package org.majlis.seed;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusIntegrationTest
@TestProfile(SecondReport.class)
class SeedSourcesIT extends SeedSourcesTest {
}
