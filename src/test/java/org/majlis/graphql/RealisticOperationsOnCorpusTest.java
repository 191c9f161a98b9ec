package org.majlis.graphql;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The realistic operations, with their estimated costs, on the bundled seeds plus 1,000 synthetic documents. */
@QuarkusTest
@TestProfile(RealisticOperationsOnCorpusTest.Corpus.class)
class RealisticOperationsOnCorpusTest extends RealisticOperationsTest {

    public static class Corpus implements QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(SyntheticCorpus.class, Map.of(), true));
        }
    }
}
