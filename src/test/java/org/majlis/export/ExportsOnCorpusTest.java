package org.majlis.export;

import java.util.List;
import java.util.Map;

import org.majlis.graphql.SyntheticCorpus;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Every export check, on the bundled seeds plus the 1,000 synthetic documents of bench/CorpusGenerator.java. */
@QuarkusTest
@TestProfile(ExportsOnCorpusTest.Corpus.class)
class ExportsOnCorpusTest extends ExportsTest {

    public static class Corpus implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SyntheticCorpus.class, Map.of(), true));
        }
    }
}
