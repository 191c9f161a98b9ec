package org.majlis.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The exports read in pages with one query per related table, never one per row: the statements an export costs
 * follow its pages, not its rows. On the fixture every table fits in one page, so an export costs a few statements
 * per table it reads, where a query per row would cost several per claim.
 */
@QuarkusTest
class ExportStatementsTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theClaimsCsvCostsAFewStatementsPerKindOfClaim() {
        long statements = statementsOf("/exports/claims.csv");
        // six kinds, each one page: the page, its evidence, its documents' citations, and at most two more tables;
        // and for the four kinds a further document may report, their further sources
        assertTrue(statements <= 6 * 5 + 4, statements + " statements");
    }

    @Test
    void popoloCostsAFewStatementsPerList() {
        long statements = statementsOf("/exports/popolo.json");
        // persons, organisations, posts, memberships (and their evidence, its documents' citations and their further
        // sources): one page each
        assertTrue(statements <= 7, statements + " statements");
    }

    @Test
    void militaryPresencesCostAFewStatements() {
        long statements = statementsOf("/exports/military-presences.geojson");
        // the page, its places, its supported sides, its evidence, its documents' citations, its further sources
        assertTrue(statements <= 6, statements + " statements");
    }

    private long statementsOf(String path) {
        sessionFactory.getStatistics().clear();
        given().get(path).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
