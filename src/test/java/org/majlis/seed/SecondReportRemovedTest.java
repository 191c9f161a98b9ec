package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The second report's file taken away, the bundled meeting is exactly what the article alone makes (issue 24). */
@QuarkusTest
@TestProfile(SecondReport.class)
class SecondReportRemovedTest {

    static final String READ = """
            query Read($id: ID!) {
              node(id: $id) { ... on Meeting { id title status date { iso text } place { id }
                participants { id role evidence { id quote } } evidence { id quote start end document { id } } } }
            }""";

    @Inject
    SeedImporter importer;

    @AfterEach
    void restoreTheConfiguredSeeds() {
        importer.importConfigured();
    }

    @Test
    void withoutTheSecondReportTheMeetingIsExactlyWhatTheArticleAloneMakes() {
        Map<String, Object> withBoth = GraphQL.post(READ, Map.of("id", SecondReport.MEETING)).extract().path("data.node");
        importer.importFrom(List.of(SeedSource.bundled()));
        Map<String, Object> alone = GraphQL.post(READ, Map.of("id", SecondReport.MEETING)).extract().path("data.node");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) withBoth.get("evidence");
        Map<String, Object> withoutTheSecond = new HashMap<>(withBoth);
        withoutTheSecond.put("evidence", evidence.stream()
                .filter(e -> !((Map<?, ?>) e.get("document")).get("id").equals(SecondReport.DOCUMENT)).toList());
        assertEquals(3, evidence.size() - ((List<?>) withoutTheSecond.get("evidence")).size());
        assertEquals(alone, withoutTheSecond);
    }
}
