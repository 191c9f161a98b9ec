package org.majlis.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.majlis.store.Store;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReadinessTest {

    @Test
    void readyReportsTheImportWithItsCounts() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'seed-import' }.data.documents", equalTo(1))
                .body("checks.find { it.name == 'seed-import' }.data.actors", equalTo(7))
                .body("checks.find { it.name == 'seed-import' }.data.organisations", equalTo(13))
                .body("checks.find { it.name == 'seed-import' }.data.meetings", equalTo(3))
                .body("checks.find { it.name == 'seed-import' }.data.militaryPresences", equalTo(3));
    }

    /** The database this class's application runs on: the tests' own is in memory (application.properties, pom.xml). */
    Store.Kind database() {
        return Store.Kind.H2_MEMORY;
    }

    @Test
    void readySaysWhatDatabaseItIsAndWhetherWhatItHoldsLasts() {
        boolean lasting = database() != Store.Kind.H2_MEMORY;
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'store' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'store' }.data.kind", equalTo(database().name()))
                .body("checks.find { it.name == 'store' }.data.lasting", equalTo(lasting))
                .body("checks.find { it.name == 'store' }.data.note", lasting ? nullValue()
                        : equalTo("in memory: every start fills it from the seeds again, and nothing else written to it "
                                + "outlasts the process"));
    }

    @Test
    void readyAlsoChecksTheDatabaseConnections() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void startedOnceTheSeedsAreImported() {
        given().when().get("/q/health/started").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'seed-import' }.data.state", equalTo("IMPORTED"));
    }

    @Test
    void liveIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
