package org.majlis.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Nested fields load in batches: the statements a query costs do not grow with the number of results. The answer
 * cache is off, so that every request counted really executes (a cached answer costs no statement at all).
 */
@QuarkusTest
@TestProfile(AnswerCacheOff.class)
class NoNPlusOneTest {

    static final String NESTED = """
            query Nested($first: Int) {
              meetings(first: $first, orderBy: DATE_DESC) {
                nodes {
                  id place { id }
                  participants {
                    role onBehalfOf { id }
                    actor { id name roles { nodes { title organisation { id parent { id } } evidence { quote document { id } } } } }
                    evidence { quote }
                  }
                  statements { speaker { id } reportedBy { id } document { id } evidence { quote } }
                  evidence { quote document { id } }
                  sourceCount
                  sources { own document { id } place { id } quotes { quote } }
                  disagreements { about values { place { id } sources { document { id } } } }
                }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    /** The latest meeting (first, by DATE_DESC) reaches every nested field, so one result already costs the most. */
    @Test
    void statementsForThreeMeetingsEqualThoseForOne() {
        assertEquals(statementsFor(1), statementsFor(3), "a nested query of 3 meetings must cost what 1 costs");
    }

    @Test
    void statementsForAllActorsWithTheirMeetingsEqualThoseForTwo() {
        String query = """
                query Actors($first: Int) {
                  actors(first: $first) { nodes { roles { nodes { organisation { id } } } meetings { nodes { place { id } participants { actor { id } } } } } }
                }""";
        assertEquals(statementsFor(query, 2), statementsFor(query, 7), "the first two actors already reach every nested field");
    }

    @Test
    void aPageThatDoesNotSelectTotalCountIsNotCounted() {
        String counted = "query Counted($first: Int) { actors(first: $first) { totalCount nodes { name } } }";
        String uncounted = "query Uncounted($first: Int) { actors(first: $first) { nodes { name } } }";
        assertEquals(statementsFor(counted, 3) - 1, statementsFor(uncounted, 3));
    }

    @Test
    void totalCountSelectedInAFragmentIsCounted() {
        int all = GraphQL.post("{ actors(first: 100) { nodes { id } } }").extract().path("data.actors.nodes.size()");
        GraphQL.post("""
                query Fragment { actors(first: 1) { ...Count } }
                fragment Count on ActorConnection { totalCount }""")
                .body("errors", org.hamcrest.Matchers.nullValue()).body("data.actors.totalCount", org.hamcrest.Matchers.equalTo(all));
    }

    private long statementsFor(int first) {
        return statementsFor(NESTED, first);
    }

    private long statementsFor(String query, int first) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        GraphQL.post(query, Map.of("first", first)).body("errors", org.hamcrest.Matchers.nullValue());
        long statements = statistics.getPrepareStatementCount();
        assertTrue(statements > 0, "the request ran no statement: it was not executed");
        return statements;
    }
}
