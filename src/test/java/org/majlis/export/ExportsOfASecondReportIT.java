package org.majlis.export;

import org.majlis.seed.SecondReport;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusIntegrationTest
@TestProfile(SecondReport.class)
class ExportsOfASecondReportIT extends ExportsOfASecondReportTest {
}
