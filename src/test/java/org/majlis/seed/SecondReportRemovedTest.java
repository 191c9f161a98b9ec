package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        Object withBoth = GraphQL.post(READ, Map.of("id", SecondReport.MEETING)).extract().path("data.node");
        importer.importFrom(List.of(SeedSource.bundled()));
        Object alone = GraphQL.post(READ, Map.of("id", SecondReport.MEETING)).extract().path("data.node");
        List<Object> quotesOfTheSecond = new ArrayList<>();
        assertEquals(alone, withoutQuotesOf("@second-report:", withBoth, quotesOfTheSecond));
        assertEquals(5, quotesOfTheSecond.size(), "the meeting's three quotes and one of each participant: " + quotesOfTheSecond);
    }

    /** The answer without the quotes whose ids name the document's passages, which go to {@code removed}. */
    private static Object withoutQuotesOf(String passage, Object answer, List<Object> removed) {
        if (answer instanceof Map<?, ?> map) {
            if (map.get("id") instanceof String id && id.contains(passage)) {
                removed.add(map);
                return null;
            }
            Map<Object, Object> kept = new HashMap<>();
            map.forEach((key, value) -> kept.put(key, withoutQuotesOf(passage, value, removed)));
            return kept;
        }
        if (answer instanceof List<?> list) {
            return list.stream().map(item -> withoutQuotesOf(passage, item, removed)).filter(Objects::nonNull).toList();
        }
        return answer;
    }
}
