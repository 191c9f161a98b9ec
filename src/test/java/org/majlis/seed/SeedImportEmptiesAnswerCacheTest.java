package org.majlis.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An import empties the answer cache: a repeated query answers the new data, not the answer kept before. */
@QuarkusTest
class SeedImportEmptiesAnswerCacheTest {

    private static final String QUERY = "# SeedImportEmptiesAnswerCacheTest\n{ actors { totalCount } }";

    @Inject
    SeedImporter importer;

    @AfterEach
    void restore() {
        importer.importConfigured();
    }

    @Test
    void anImportEmptiesTheAnswerCache() {
        int before = actors();
        assertEquals(before, actors(), "kept in the cache");
        var extra = SeedFixture.besideTheBundledSeeds().write();
        importer.importFrom(List.of(SeedSource.folder(Path.of("src/test/resources/fixture-seeds")),
                SeedSource.folder(extra)));
        assertEquals(before + 1, actors(), "the actor the import added is counted");
    }

    private static int actors() {
        return given().contentType(ContentType.JSON).body(Map.of("query", QUERY)).when().post("/graphql").then()
                .statusCode(200).extract().path("data.actors.totalCount");
    }
}
