package org.majlis.seed;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The export's round trip on a claim with two sources: each document's file lists its own quotes of it. */
@QuarkusTest
@TestProfile(SecondReport.class)
class SeedExportOnSecondReportTest extends SeedExportTest {
}
