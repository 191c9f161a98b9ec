package org.majlis.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Behind a TLS proxy, with forwarding turned on for it as deploy/README.md says: the annotations' ids and their
 * source are the public https addresses the proxy forwards, whether it sends X-Forwarded-* or Forwarded.
 */
@QuarkusTest
@TestProfile(ForwardedHeaders.Trusted.class)
class ForwardingTest {

    private static final String COLLECTION = ForwardedHeaders.PUBLIC + ExportRoutes.annotationsPath(ForwardedHeaders.SLUG);

    @Test
    void xForwardedProtoAndHostMakeThePublicIds() {
        assertPublic(ForwardedHeaders.annotations(ForwardedHeaders.xForwarded()));
    }

    @Test
    void theStandardForwardedHeaderMakesThePublicIds() {
        assertPublic(ForwardedHeaders.annotations(ForwardedHeaders.forwarded()));
    }

    @Test
    void eachPublicAddressHasItsOwnETag() {
        String direct = given().get(ExportRoutes.annotationsPath(ForwardedHeaders.SLUG)).then().extract().header("ETag");
        String forwarded = ForwardedHeaders.xForwarded().get(ExportRoutes.annotationsPath(ForwardedHeaders.SLUG)).then()
                .extract().header("ETag");
        assertNotEquals(direct, forwarded, "the bodies differ, and so must their validators");
    }

    private static void assertPublic(JsonPath served) {
        assertEquals(COLLECTION, served.getString("id"));
        assertEquals(COLLECTION + "#page-1", served.getString("last"));
        assertEquals(COLLECTION, served.getString("first.partOf"));
        assertEquals(COLLECTION, served.getString("first.items[0].id").substring(0, COLLECTION.length()));
        assertEquals(ForwardedHeaders.PUBLIC + ExportRoutes.textPath(ForwardedHeaders.SLUG),
                served.getString("first.items[0].target.source.id"));
    }
}
