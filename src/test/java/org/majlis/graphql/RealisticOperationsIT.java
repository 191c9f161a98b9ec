package org.majlis.graphql;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The realistic operations against the packaged app, on the bundled seeds plus a synthetic corpus of 1,000 documents. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = SyntheticCorpus.class, restrictToAnnotatedClass = true)
class RealisticOperationsIT extends RealisticOperationsTest {

    /** The estimate is made inside the packaged app, another process: RealisticOperationsOnCorpusTest reports it. */
    @Override
    protected String estimate(String query, Map<String, Object> variables) {
        return "";
    }
}
