package org.majlis.draft;

import org.majlis.auth.WritableStore;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusIntegrationTest
@TestProfile(WritableStore.class)
class DraftsIT extends DraftsTest {
}
