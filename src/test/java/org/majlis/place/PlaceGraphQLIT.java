package org.majlis.place;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class PlaceGraphQLIT extends PlaceGraphQLTest {
}
