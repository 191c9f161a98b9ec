package org.majlis.seed;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The export's round trip on what seeds/ bundles, as production serves it. */
@QuarkusTest
@TestProfile(BundledSeeds.class)
class SeedExportOnBundledSeedsTest extends SeedExportTest {
}
