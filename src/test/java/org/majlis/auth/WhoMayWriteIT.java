package org.majlis.auth;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusIntegrationTest
@TestProfile(WritableStore.class)
class WhoMayWriteIT extends WhoMayWriteTest {
}
