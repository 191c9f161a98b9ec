package org.majlis.organisation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class OrganisationGraphQLIT extends OrganisationGraphQLTest {
}
