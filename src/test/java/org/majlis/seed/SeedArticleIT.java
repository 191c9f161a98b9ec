package org.majlis.seed;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusIntegrationTest
@TestProfile(BundledSeeds.class)
class SeedArticleIT extends SeedArticleTest {
}
