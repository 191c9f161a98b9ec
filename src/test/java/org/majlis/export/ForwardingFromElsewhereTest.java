package org.majlis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * Forwarding on, but the request does not come from the trusted proxy: a client that reaches the service around
 * the proxy cannot rewrite the annotations' ids with forwarding headers of its own.
 */
@QuarkusTest
@TestProfile(ForwardedHeaders.ProxyElsewhere.class)
class ForwardingFromElsewhereTest {

    @Test
    void headersFromAnUntrustedAddressAreIgnored() {
        String direct = "http://localhost:" + RestAssured.port + ExportRoutes.annotationsPath(ForwardedHeaders.SLUG);
        assertEquals(direct, ForwardedHeaders.annotations(ForwardedHeaders.xForwarded()).getString("id"));
        assertEquals(direct, ForwardedHeaders.annotations(ForwardedHeaders.forwarded()).getString("id"));
    }
}
