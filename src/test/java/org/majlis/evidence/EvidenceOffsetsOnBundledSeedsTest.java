package org.majlis.evidence;

import org.majlis.seed.BundledSeeds;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same checks on whatever seeds/ bundles, beside org.majlis.seed.BundledSeedsTest, which checks it through the API. */
@QuarkusTest
@TestProfile(BundledSeeds.class)
class EvidenceOffsetsOnBundledSeedsTest extends EvidenceOffsetsTest {
}
