package org.majlis.timeline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TimelineGraphQLTest {

    static final String TIMELINE = """
            query Timeline($from: Date, $to: Date, $involving: ID) {
              timeline(from: $from, to: $to, involving: $involving) { nodes { date { iso earliest } node { id } } }
            }""";

    @Test
    void meetingsAndPresencesComeInDateOrder() {
        GraphQL.post(TIMELINE)
                .body("errors", nullValue())
                .body("data.timeline.nodes.node.id", contains(
                        "MilitaryPresence:wagner-al-jufra-2019",
                        "MilitaryPresence:wagner-al-kharruba-2019",
                        "Meeting:2023-08-benghazi-yevkurov-haftar",
                        "MilitaryPresence:russia-reinforcements-libya-2023-08",
                        "Meeting:2024-05-moscow-libya-other-russian-officials",
                        "Meeting:2024-05-13-moscow-libya-russia"))
                .body("data.timeline.nodes[0].date.iso", equalTo("2019/2020"));
    }

    @Test
    void aPartialDateMatchesARangeItOverlaps() {
        GraphQL.post(TIMELINE, Map.of("from", "2023-08-20", "to", "2024-05-10"))
                .body("data.timeline.nodes.node.id", contains(
                        "Meeting:2023-08-benghazi-yevkurov-haftar",
                        "MilitaryPresence:russia-reinforcements-libya-2023-08",
                        "Meeting:2024-05-moscow-libya-other-russian-officials"));
    }

    @Test
    void anActorsTimelineHasItsMeetingsAndThePresencesBackingIt() {
        GraphQL.post(TIMELINE, Map.of("involving", "Actor:khalifa-haftar"))
                .body("data.timeline.nodes.node.id", contains(
                        "MilitaryPresence:wagner-al-jufra-2019",
                        "MilitaryPresence:wagner-al-kharruba-2019",
                        "Meeting:2023-08-benghazi-yevkurov-haftar"));
    }

    @Test
    void anOrganisationsTimelineHasTheMeetingsItAttendsAndItsForces() {
        GraphQL.post(TIMELINE, Map.of("involving", "Organisation:russia", "from", "2023-01-01"))
                .body("data.timeline.nodes.node.id", contains(
                        "MilitaryPresence:russia-reinforcements-libya-2023-08",
                        "Meeting:2024-05-13-moscow-libya-russia"));
    }

    @Test
    void involvingTakesOnlyActorsAndOrganisations() {
        GraphQL.post(TIMELINE, Map.of("involving", "Place:moscow"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("involving must be an id of an Actor or an Organisation, not 'Place:moscow'"));
    }

    @Test
    void fromAfterToIsAnInvalidArgument() {
        GraphQL.post(TIMELINE, Map.of("from", "2024-01-01", "to", "2023-01-01"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("from (2024-01-01) is after to (2023-01-01)"));
    }
}
