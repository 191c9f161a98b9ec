package org.majlis.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The exports as HTTP resources, as curl -I, a link checker, a browser's cache or a CDN use them: HEAD answers what
 * GET would without the body, and a conditional GET for what the client already holds is 304.
 */
@QuarkusTest
class ExportsOverHttpTest {

    static final List<String> EXPORTS = List.of(ExportRoutes.annotationsPath("000_de159ab6a08af78c"),
            ExportRoutes.textPath("000_de159ab6a08af78c"), "/exports/places.geojson", "/exports/military-presences.geojson",
            "/exports/claims.csv", "/exports/claims.csv?bom=true", "/exports/popolo.json");

    private static final List<String> SAME_ON_HEAD = List.of("Content-Type", "Content-Disposition", "ETag", "Last-Modified",
            "Cache-Control", "Vary");

    @Test
    void headAnswersEveryExportAsGetWouldWithoutTheBody() {
        for (String export : EXPORTS) {
            Response get = given().get(export).then().statusCode(200).extract().response();
            Response head = given().head(export).then().statusCode(200).body(emptyString()).extract().response();
            for (String header : SAME_ON_HEAD) {
                assertNotNull(get.header(header), export + " " + header);
                assertEquals(get.header(header), head.header(header), export + " " + header);
            }
        }
    }

    @Test
    void headOfAnUnknownDocumentIsNotFound() {
        given().head(ExportRoutes.annotationsPath("no-such-document")).then().statusCode(404)
                .header("Cache-Control", "no-store").header("ETag", nullValue());
    }

    @Test
    void exportsAreCacheableForTheMaxAgeOfGraphQLGetAnswers() {
        for (String export : EXPORTS) {
            given().get(export).then().statusCode(200)
                    .header("Cache-Control", "public, max-age=60")
                    .header("ETag", not(emptyString()))
                    .header("Vary", "Origin");
        }
    }

    @Test
    void lastModifiedIsTheImportAnHttpDateOfThePast() {
        String lastModified = given().get("/exports/claims.csv").then().statusCode(200).extract().header("Last-Modified");
        ZonedDateTime imported = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);
        assertEquals(lastModified, DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH)
                .format(imported), "an IMF-fixdate (RFC 9110, 5.6.7)");
        assertEquals(true, imported.toInstant().isBefore(java.time.Instant.now().plusSeconds(1)));
    }

    @Test
    void eachExportHasItsOwnETag() {
        List<String> etags = EXPORTS.stream().map(e -> given().get(e).then().extract().header("ETag")).toList();
        assertEquals(EXPORTS.size(), etags.stream().distinct().count(), etags.toString());
    }

    @Test
    void aRevalidationWithTheETagIsNotModifiedWithoutABody() {
        for (String export : EXPORTS) {
            String etag = given().get(export).then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", etag).get(export).then().statusCode(304).body(emptyString())
                    .header("ETag", etag).header("Cache-Control", "public, max-age=60");
            given().header("If-None-Match", "W/" + etag).head(export).then().statusCode(304);
        }
    }

    @Test
    void anotherETagGetsTheWholeExport() {
        String csv = given().get("/exports/claims.csv").then().statusCode(200).extract().asString();
        String other = given().get("/exports/popolo.json").then().extract().header("ETag");
        assertEquals(csv, given().header("If-None-Match", other).get("/exports/claims.csv").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void aRevalidationWithTheLastModifiedDateIsNotModified() {
        String lastModified = given().get("/exports/popolo.json").then().statusCode(200).extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get("/exports/popolo.json").then().statusCode(304)
                .body(emptyString());
    }

    @Test
    void aDateBeforeTheImportOrOneThatIsNoDateGetsTheWholeExport() {
        String lastModified = given().get("/exports/popolo.json").then().statusCode(200).extract().header("Last-Modified");
        String before = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusSeconds(1));
        given().header("If-Modified-Since", before).get("/exports/popolo.json").then().statusCode(200)
                .body(not(emptyString()));
        given().header("If-Modified-Since", "yesterday").get("/exports/popolo.json").then().statusCode(200)
                .body(not(emptyString()));
    }

    @Test
    void ifNoneMatchDecidesOverIfModifiedSince() {
        String lastModified = given().get("/exports/popolo.json").then().statusCode(200).extract().header("Last-Modified");
        given().header("If-None-Match", "\"something-else\"").header("If-Modified-Since", lastModified)
                .get("/exports/popolo.json").then().statusCode(200);
    }

    @Test
    void refusalsAreNotCached() {
        given().get(ExportRoutes.annotationsPath("no-such-document")).then().statusCode(404)
                .header("Cache-Control", "no-store").header("ETag", nullValue()).header("Last-Modified", nullValue());
        given().get("/exports/claims.csv?bom=yes").then().statusCode(400).header("Cache-Control", "no-store");
    }

    @Test
    void otherMethodsAreRefusedNamingGetAndHead() {
        for (String export : EXPORTS) {
            given().put(export).then().statusCode(405).header("Allow", "GET, HEAD")
                    .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        }
    }
}
