package org.majlis.export;

import org.majlis.graphql.SyntheticCorpus;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every export check, on the bundled seeds plus the 1,000 synthetic documents of bench/CorpusGenerator.java. */
@QuarkusTest
@TestProfile(SyntheticCorpus.Profile.class)
class ExportsOnCorpusTest extends ExportsTest {
}
