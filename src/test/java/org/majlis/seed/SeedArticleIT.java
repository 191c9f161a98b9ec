package org.majlis.seed;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SeedArticleIT extends SeedArticleTest {
}
