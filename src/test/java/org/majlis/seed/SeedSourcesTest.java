package org.majlis.seed;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A seed document that reports a claim of another under {@code sources:} (issue 24): the bundled article's meeting
 * gains a second source, with its quotes and what it says, and stays one meeting.
 */
@QuarkusTest
@TestProfile(SecondReport.class)
class SeedSourcesTest {

    static final String SOURCES = """
            query Sources($id: ID!) {
              node(id: $id) { ... on Meeting {
                sourceCount
                sources { own status date { iso text } place { id } document { id language } quotes { quote start end } }
                disagreements { about values { status sources { document { id } quotes { quote } } } }
                evidence { quote document { id } }
              } }
            }""";

    @Test
    void theSecondReportIsTheMeetingsSecondSource() {
        GraphQL.post(SOURCES, Map.of("id", SecondReport.MEETING))
                .body("data.node.sourceCount", equalTo(2))
                .body("data.node.sources.own", contains(true, false))
                .body("data.node.sources[0].document.id", equalTo("Document:000_de159ab6a08af78c"))
                .body("data.node.sources[1].document.id", equalTo(SecondReport.DOCUMENT))
                .body("data.node.sources[1].document.language", equalTo("en"))
                .body("data.node.sources[1].date.iso", equalTo("2023-08-22"))
                .body("data.node.sources[1].date.text", equalTo("on Tuesday"))
                .body("data.node.sources[1].place.id", equalTo("Place:benghazi"))
                .body("data.node.sources[1].quotes.quote", contains(
                        "Yunus-bek Yevkurov met Khalifa Haftar in Benghazi on Tuesday", "according to Libyan media",
                        "the first official visit by a Russian military delegation"))
                .body("data.node.sources[1].quotes[0].start", equalTo(32));
    }

    @Test
    void reportedAgainstAllegedIsShownWithBothValuesAndTheirQuotes() {
        GraphQL.post(SOURCES, Map.of("id", SecondReport.MEETING))
                .body("data.node.disagreements.about", contains("STATUS"))
                .body("data.node.disagreements[0].values.status", contains("REPORTED", "ALLEGED"))
                .body("data.node.disagreements[0].values[0].sources.document.id",
                        contains("Document:000_de159ab6a08af78c"))
                .body("data.node.disagreements[0].values[1].sources[0].quotes.quote", hasItem("according to Libyan media"));
    }

    @Test
    void whatTheSecondReportSaysWasSaidIsAStatementOfTheMeetingQuotingIt() {
        GraphQL.post("""
                query S($id: ID!) { node(id: $id) { ... on Meeting {
                  statements { id speaker { id } document { id } evidence { quote document { id } } } } } }""",
                Map.of("id", SecondReport.MEETING))
                .body("data.node.statements.findAll { it.document.id == 'Document:second-report' }.speaker.id",
                        contains("Actor:khalifa-haftar"))
                .body("data.node.statements.findAll { it.document.id == 'Document:second-report' }[0].evidence.quote",
                        contains("Haftar said the visit would strengthen cooperation with Moscow"));
    }

    @Test
    void theSecondReportQuotesTheMeetingsParticipants() {
        GraphQL.post("""
                query P($id: ID!) { node(id: $id) { ... on Meeting {
                  participants { actor { id } role evidence { quote document { id } } } } } }""",
                Map.of("id", SecondReport.MEETING))
                .body("data.node.participants.actor.id", contains("Actor:yunus-bek-yevkurov", "Actor:khalifa-haftar"))
                .body("data.node.participants.role", contains("VISITOR", "HOST"))
                .body("data.node.participants[0].evidence.document.id",
                        contains("Document:000_de159ab6a08af78c", SecondReport.DOCUMENT))
                .body("data.node.participants[0].evidence[1].quote", equalTo("Yunus-bek Yevkurov"))
                .body("data.node.participants[1].evidence[-1].quote", equalTo("Khalifa Haftar"));
    }

    @Test
    void theMeetingIsCountedOnce() {
        GraphQL.post("""
                query { meetings(first: 100, filter: { participant: "Actor:yunus-bek-yevkurov" }) { totalCount nodes { id } } }""")
                .body("data.meetings.totalCount", equalTo(1))
                .body("data.meetings.nodes.id", contains(SecondReport.MEETING));
        GraphQL.post("query { meetings(first: 100, filter: { minSources: 2 }) { nodes { id } } }")
                .body("data.meetings.nodes.id", contains(SecondReport.MEETING));
    }

    @Test
    void theSecondDocumentListsTheMeetingItReports() {
        GraphQL.post("query D($id: ID!) { node(id: $id) { ... on Document { meetings { totalCount nodes { id } } } } }",
                Map.of("id", SecondReport.DOCUMENT))
                .body("data.node.meetings.totalCount", equalTo(1))
                .body("data.node.meetings.nodes.id", contains(SecondReport.MEETING));
    }
}
