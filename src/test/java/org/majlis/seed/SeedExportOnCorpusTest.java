package org.majlis.seed;

import org.majlis.graphql.SyntheticCorpus;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The export's round trip on the bundled seeds plus the 1,000 synthetic documents of bench/CorpusGenerator.java. */
@QuarkusTest
@TestProfile(SyntheticCorpus.Profile.class)
class SeedExportOnCorpusTest extends SeedExportTest {
}
