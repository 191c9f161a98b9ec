package org.majlis.graphql;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The realistic operations, with their estimated costs, on the bundled seeds plus 1,000 synthetic documents. */
@QuarkusTest
@TestProfile(SyntheticCorpus.Profile.class)
class RealisticOperationsOnCorpusTest extends RealisticOperationsTest {
}
