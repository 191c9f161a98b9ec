package org.majlis.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeetingGraphQLTest {

    static final String MOSCOW_TALKS = "Meeting:2024-05-13-moscow-libya-russia";
    static final String EXPECTED_TALKS = "Meeting:2024-05-moscow-libya-other-russian-officials";
    static final String BENGHAZI_VISIT = "Meeting:2023-08-benghazi-yevkurov-haftar";

    static final String LIST = """
            query Meetings($filter: MeetingFilter, $order: MeetingOrder) {
              meetings(filter: $filter, orderBy: $order) { nodes { id } totalCount }
            }""";

    @Test
    void meetingsComeByDateEarliestFirst() {
        GraphQL.post(LIST, Map.of())
                .body("data.meetings.nodes.id", contains(BENGHAZI_VISIT, EXPECTED_TALKS, MOSCOW_TALKS))
                .body("data.meetings.totalCount", equalTo(3));
    }

    @Test
    void meetingsComeLatestFirstWhenAsked() {
        GraphQL.post(LIST, Map.of("order", "DATE_DESC"))
                .body("data.meetings.nodes.id", contains(MOSCOW_TALKS, EXPECTED_TALKS, BENGHAZI_VISIT));
    }

    @Test
    void meetingsAreFilteredByParticipant() {
        GraphQL.post(LIST, Map.of("filter", Map.of("participant", "Actor:khalifa-haftar")))
                .body("data.meetings.nodes.id", contains(BENGHAZI_VISIT));
    }

    @Test
    void meetingsAreFilteredByTheOrganisationSomeoneTookPartFor() {
        GraphQL.post(LIST, Map.of("filter", Map.of("organisation", "Organisation:russian-ministry-of-defence")))
                .body("data.meetings.nodes.id", contains(BENGHAZI_VISIT));
    }

    @Test
    void meetingsAreFilteredByPlace() {
        GraphQL.post(LIST, Map.of("filter", Map.of("place", "Place:moscow")))
                .body("data.meetings.nodes.id", contains(EXPECTED_TALKS, MOSCOW_TALKS));
    }

    @Test
    void aDateRangeMatchesPartialDatesByOverlap() {
        // 10-12 May 2024 overlaps "May 2024" (the expected talks) but not 13 May.
        GraphQL.post(LIST, Map.of("filter", Map.of("from", "2024-05-10", "to", "2024-05-12")))
                .body("data.meetings.nodes.id", contains(EXPECTED_TALKS));
    }

    @Test
    void meetingsAreFilteredByKindAndStatus() {
        GraphQL.post(LIST, Map.of("filter", Map.of("kind", "OFFICIAL_VISIT")))
                .body("data.meetings.nodes.id", contains(BENGHAZI_VISIT));
        GraphQL.post(LIST, Map.of("filter", Map.of("status", "EXPECTED")))
                .body("data.meetings.nodes.id", contains(EXPECTED_TALKS));
    }

    @Test
    void aMeetingSaysWhoTookPartOnWhoseBehalf() {
        GraphQL.post("""
                query Meeting($id: ID!) {
                  node(id: $id) {
                    ... on Meeting {
                      date { iso precision earliest latest text }
                      place { id }
                      participants { actor { id } role onBehalfOf { id } evidence { quote } }
                    }
                  }
                }""", Map.of("id", MOSCOW_TALKS))
                .body("errors", nullValue())
                .body("data.node.date", equalTo(Map.of("iso", "2024-05-13", "precision", "DAY", "earliest", "2024-05-13",
                        "latest", "2024-05-13", "text", "اليوم الاثنين")))
                .body("data.node.place.id", equalTo("Place:moscow"))
                .body("data.node.participants.actor.id", containsInAnyOrder("Actor:abdullah-al-lafi", "Actor:taher-al-baour",
                        "Actor:sergei-lavrov", "Actor:mohammed-al-haddad"))
                .body("data.node.participants.find { it.actor.id == 'Actor:sergei-lavrov' }.role", equalTo("HOST"))
                .body("data.node.participants.find { it.actor.id == 'Actor:sergei-lavrov' }.onBehalfOf.id",
                        equalTo("Organisation:russia"))
                .body("data.node.participants.evidence", everyItem(not(empty())));
    }

    @Test
    void aMeetingHasItsStatementsWithWhoReportedThem() {
        GraphQL.post("""
                query Statements($id: ID!) {
                  node(id: $id) {
                    ... on Meeting { statements { speaker { id } reportedBy { id } summary status evidence { quote } } topics }
                  }
                }""", Map.of("id", MOSCOW_TALKS))
                .body("data.node.statements.reportedBy.id", hasItem("Organisation:presidential-council"))
                .body("data.node.statements.reportedBy.id", hasItem("Organisation:gnu-ministry-of-foreign-affairs"))
                .body("data.node.statements.speaker.id", hasItem("Actor:abdullah-al-lafi"))
                .body("data.node.statements.evidence", everyItem(not(empty())))
                .body("data.node.topics", not(empty()));
    }

    @Test
    void lastAugustIsAugust2023ToTheMonth() {
        GraphQL.post("""
                query Meeting($id: ID!) { node(id: $id) { ... on Meeting { date { iso precision earliest latest text } } } }""",
                Map.of("id", BENGHAZI_VISIT))
                .body("data.node.date", equalTo(Map.of("iso", "2023-08", "precision", "MONTH", "earliest", "2023-08-01",
                        "latest", "2023-08-31", "text", "أغسطس الماضي")));
    }

    @Test
    void aFilterIdOfTheWrongTypeIsAnInvalidArgument() {
        GraphQL.post(LIST, Map.of("filter", Map.of("participant", "Place:moscow")))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("filter.participant takes Actor ids, not 'Place:moscow'"));
    }
}
