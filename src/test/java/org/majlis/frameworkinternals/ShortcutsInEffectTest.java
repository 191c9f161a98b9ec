package org.majlis.frameworkinternals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.majlis.graphql.AnswerCacheOff;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.graphql.execution.QueryCache;

/**
 * Each shortcut into the frameworks' internals is in effect on a real request: a meetings page, answered without an
 * error, went through it. An upgrade that turns one off (an {@code instanceof} that no longer holds, a priority that
 * loses, a hook graphql-java no longer calls) fails here rather than quietly in the benchmarks. The answer cache is
 * off, so that every request executes.
 */
@QuarkusTest
@TestProfile(AnswerCacheOff.class)
class ShortcutsInEffectTest {

    /** A meetings page as the reader's list sends it: batched fields, computed names, plain properties. */
    private static final String MEETINGS = """
            query Meetings($first: Int) {
              meetings(first: $first, orderBy: DATE_DESC) {
                nodes {
                  id title date { iso }
                  place { id name }
                  participants { role actor { id name } }
                }
              }
            }""";

    @Test
    void batchedFieldsLoadThroughDirectBatchLoads() {
        assertTrue(during(DirectBatchLoads.LOADS) >= 3, "the parents of place and participants, for 3 meetings");
    }

    @Test
    void fieldsComputedFromTheirObjectAreCalledDirectly() {
        assertTrue(during(DirectSourceFetcher.CALLS) >= 3, "the names of the places and actors");
    }

    @Test
    void plainPropertiesAreReadWithoutSmallRyesFieldFetcher() {
        assertTrue(during(PlainFieldFetchers.READS) >= 3, "ids, titles, dates and roles");
    }

    @Test
    void resolverFetchersAreMadeOnceAndReused() {
        meetingsPage(); // the fetchers are made by the first request of all
        assertTrue(during(ReusedResolverFetchers.REUSED) > 0, "SmallRye asks for each batched field's fetcher at every request");
    }

    @Test
    void onlyTheDataLoadersTheOperationUsesAreTaken() {
        long taken = during(UsedDataLoaders.LOADERS_TAKEN);
        assertTrue(taken >= 1 && taken <= 3, "Meeting.place and Meeting.participants (and Participation.actor), not every loader: " + taken);
    }

    @Test
    void fieldHooksSkipTheOperationsInstrumentations() {
        assertTrue(during(OperationHooks.FIELDS_SKIPPED) >= 3);
    }

    /**
     * What SmallRye chains in this version, with depth and complexity left to Majlis's own limits and federation off:
     * its document cache only, which hooks into validation alone and so sits behind {@link OperationHooks}. Anything
     * more a later SmallRye adds runs with every hook; this names what it is, to be looked at.
     */
    @Test
    void smallRyesInstrumentationIsChainedAndHoldsItsDocumentCache() {
        meetingsPage();
        assertEquals(List.of(QueryCache.class), SmallRyeInstrumentation.found.stream().map(Object::getClass).toList());
    }

    /** How much a counter grew over one meetings page of three. */
    private static long during(LongAdder counter) {
        long before = counter.sum();
        meetingsPage();
        return counter.sum() - before;
    }

    private static void meetingsPage() {
        GraphQL.post(MEETINGS, Map.of("first", 3)).body("errors", Matchers.nullValue())
                .body("data.meetings.nodes.size()", Matchers.equalTo(3));
    }
}
