package org.majlis.relationship;

import org.majlis.auth.WritableStore;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusIntegrationTest
@TestProfile(WritableStore.class)
class RelationshipSourcesIT extends RelationshipSourcesTest {
}
